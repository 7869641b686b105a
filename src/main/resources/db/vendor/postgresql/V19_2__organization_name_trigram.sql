-- directory, on PostgreSQL only: organisations found by a part of their name, in any case (the
-- contribution search by a source's name reads directory_organization_v.name this way).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organization_name_trgm ON organization USING gin ((LOWER(name)) gin_trgm_ops);
