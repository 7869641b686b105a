-- The meeting module's lists read in SQL, a page at a time (issue 15, issue 17): the validation queue
-- joins the published schemas of the directory (the current focal points, beside its organisations)
-- and of accounts (a person's name as lists show it) instead of asking for them row by row.

-- directory: the focal points in office, with the kind and country of the organisation they serve
-- (an Administration's are its Designated Focal Points).
CREATE VIEW directory_focal_point_v AS
    SELECT f.organization_id, f.account_id, o.kind, o.country
    FROM focal_point f JOIN organization o ON o.id = f.organization_id
    WHERE f.until IS NULL;

-- account: the name of an account, as lists show it.
CREATE VIEW account_name_v AS
    SELECT id, name FROM account;

-- meeting: the registrations waiting for validation, oldest first.
CREATE INDEX registration_status_created ON registration (status, created_at);
