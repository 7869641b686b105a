-- Each admission request as it stands (its current status), for readers outside the pilot that need
-- the approved SMEs without walking the history (the SME category what-if).
CREATE VIEW pilot_admission_v AS
    SELECT r.id AS request_id, r.organization_id, r.country, r.status
    FROM admission_request r;
