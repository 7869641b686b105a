-- document: the contributions of an organisation (its sources), as the dashboard's benefits and the
-- search by a source's name look them up.
CREATE INDEX contribution_source_organization ON contribution_source (organization_id);
