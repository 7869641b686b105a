-- document, on PostgreSQL only (db/vendor/{vendor} in spring.flyway.locations): the indexes of the
-- contribution search (ContributionLists). A search looks for the typed text anywhere in a
-- contribution's number, title and abstract (one expression, a trigram index: LIKE '%text%' uses
-- it), in its sources' names (a trigram index on the organisation's name, read through the
-- directory's published view), and within a meeting in the text of its files (full text).
-- pg_trgm is one of PostgreSQL's own extensions (contrib), trusted: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX contribution_text_trgm ON contribution
    USING gin ((LOWER(number || ' ' || title || ' ' || COALESCE(abstract, ''))) gin_trgm_ops);
CREATE INDEX contribution_file_text_fts ON contribution_file
    USING gin (to_tsvector('simple', COALESCE(text_content, '')));
