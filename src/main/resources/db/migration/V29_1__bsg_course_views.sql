-- Published schema of the bsg module's A.1 course, for the BSG report: enrolments and certificates
-- with their days (a certificate revoked later was still issued on its day).
CREATE VIEW bsg_course_enrolment_v AS
    SELECT account_id, enrolled_on FROM course_enrolment;

CREATE VIEW bsg_course_certificate_v AS
    SELECT code, account_id, issued_on, revoked, revoked_on FROM course_certificate;
