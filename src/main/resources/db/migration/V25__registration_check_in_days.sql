-- meeting: a check-in on every day of the meeting. The desk records one scan per registration and
-- day; the first scan still collects the badge (registration.checked_in_at). The check-ins recorded
-- so far become the scan of their day (the UTC date of checked_in_at, as the desk reads today).

CREATE TABLE registration_check_in (
    registration_id VARCHAR(36) NOT NULL REFERENCES registration (id),
    on_day          DATE NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    by              VARCHAR(36),
    PRIMARY KEY (registration_id, on_day)
);

INSERT INTO registration_check_in (registration_id, on_day, at, by)
SELECT id, CAST(checked_in_at AT TIME ZONE 'UTC' AS DATE), checked_in_at, checked_in_by
FROM registration
WHERE checked_in_at IS NOT NULL;
