-- directory: organisations of kind COMPANY (a company that is neither a member nor in the pilot, which
-- takes part in single meetings that have a fee), and the size of an organisation in the published
-- view, which the membership module's what-if reads.
ALTER TABLE organization DROP CONSTRAINT organization_kind;
ALTER TABLE organization ADD CONSTRAINT organization_kind
    CHECK (kind IN ('ADMINISTRATION', 'SME', 'SECTOR_MEMBER', 'ASSOCIATE', 'ACADEMIA', 'ASSOCIATION', 'COMPANY'));
CREATE OR REPLACE VIEW directory_organization_v AS
    SELECT id, name, kind, country, employees FROM organization;
