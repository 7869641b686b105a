-- document: contributions to meetings, numbered per study group and study period without gaps
-- (a counter row per series, locked while a number is taken), their source organisations (each
-- co-source confirms), the Questions they address, and the files of each revision with their
-- SHA-256 and the text taken from them for search.

CREATE TABLE contribution_counter (
    series      VARCHAR(20) PRIMARY KEY,
    last_number INT NOT NULL
);
-- One series per study group and period: T17-SG16, D18-SG1 (sector letter, period's first year).
INSERT INTO contribution_counter (series, last_number)
    SELECT CONCAT(SUBSTRING(g.sector, 5, 1), SUBSTRING(p.label, 3, 2), '-SG', CAST(g.number AS VARCHAR(3))), 0
    FROM study_group g JOIN study_period p ON p.id = g.study_period;

CREATE TABLE contribution (
    id           VARCHAR(36) PRIMARY KEY,
    meeting_id   VARCHAR(36) NOT NULL,
    study_group  VARCHAR(20) NOT NULL,
    number       VARCHAR(30) NOT NULL UNIQUE,
    title        VARCHAR(500) NOT NULL,
    abstract     VARCHAR(4000),
    status       VARCHAR(20) NOT NULL,
    revision     INT NOT NULL,
    public       BOOLEAN NOT NULL DEFAULT FALSE,
    submitted_by VARCHAR(36) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT contribution_status CHECK (status IN ('SUBMITTED', 'WITHDRAWN'))
);
CREATE INDEX contribution_meeting ON contribution (meeting_id);

CREATE TABLE contribution_source (
    contribution_id VARCHAR(36) NOT NULL REFERENCES contribution (id),
    organization_id VARCHAR(36) NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    confirmed_by    VARCHAR(36),
    PRIMARY KEY (contribution_id, organization_id)
);

CREATE TABLE contribution_question (
    contribution_id VARCHAR(36) NOT NULL REFERENCES contribution (id),
    question        VARCHAR(10) NOT NULL,
    PRIMARY KEY (contribution_id, question)
);

CREATE TABLE contribution_file (
    id              VARCHAR(36) PRIMARY KEY,
    contribution_id VARCHAR(36) NOT NULL REFERENCES contribution (id),
    revision        INT NOT NULL,
    file_name       VARCHAR(300) NOT NULL,
    content_type    VARCHAR(200) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    sha256          CHAR(64) NOT NULL,
    storage_key     VARCHAR(200) NOT NULL,
    text_content    VARCHAR(1000000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contribution_file_revision UNIQUE (contribution_id, revision)
);

-- Published schema of the document module, read by reports.
CREATE VIEW document_contribution_v AS
    SELECT c.id, c.meeting_id, c.study_group, c.number, c.status, c.submitted_at, s.organization_id
    FROM contribution c JOIN contribution_source s ON s.contribution_id = c.id;
