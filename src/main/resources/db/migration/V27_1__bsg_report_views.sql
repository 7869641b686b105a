-- Published views read by the BSG report (report module, issue 18). Each module publishes what the
-- report counts, in SQL, without the report touching another module's tables.

-- meeting: meetings as other modules count them.
CREATE VIEW meeting_v AS
    SELECT id, study_group, sector, kind, title, start_date, end_date, country, date_approximate
    FROM meeting;

-- meeting: the people checked in at a meeting (the badge collected: the first scan), for the
-- organisation of their registration (none: a trainee without organisation).
CREATE VIEW meeting_check_in_v AS
    SELECT r.meeting_id, m.kind AS meeting_kind, m.start_date, r.account_id, r.organization_id
    FROM registration r JOIN meeting m ON m.id = r.meeting_id
    WHERE r.checked_in_at IS NOT NULL;

-- directory: the least-developed periods and the recorded changes of a state's data, so that a
-- state's status on a past day is judged in SQL as MemberStates.findAsOf judges it.
CREATE VIEW directory_member_state_ldc_v AS
    SELECT code, ldc_from, ldc_until FROM member_state_ldc;
CREATE VIEW directory_member_state_change_v AS
    SELECT id, code, field, old_value, new_value, changed_at FROM member_state_change;

-- directory: who takes part for which organisation, with its kind and country.
CREATE VIEW directory_organization_member_v AS
    SELECT m.organization_id, m.account_id, o.kind, o.country
    FROM organization_member m JOIN organization o ON o.id = m.organization_id;

-- studygroup: the study periods, and the appointments of leadership with their study period (an
-- appointment names its period by its label, "2017-2020", within the sector of its group).
CREATE VIEW studygroup_period_v AS
    SELECT id, sector, label, starts_on, ends_on FROM study_period;
CREATE VIEW studygroup_appointment_v AS
    SELECT a.study_group, p.id AS study_period, p.sector, p.label AS period_label, p.starts_on AS period_starts_on,
           a.account_id, a.role, a.starts_on, a.ends_on
    FROM appointment a JOIN study_period p ON p.label = a.study_period AND p.sector = SUBSTRING(a.study_group, 1, 5);
