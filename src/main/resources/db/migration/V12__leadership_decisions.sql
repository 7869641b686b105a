-- studygroup: its published schema (read by other modules), Questions, and leadership
-- appointments per study period (ended appointments stay, with their end).
CREATE VIEW studygroup_v AS
    SELECT g.code, g.sector, g.number, g.title, g.pilot, p.label AS study_period
    FROM study_group g JOIN study_period p ON p.id = g.study_period;

CREATE TABLE study_group_question (
    study_group VARCHAR(20) NOT NULL,
    number      VARCHAR(10) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    PRIMARY KEY (study_group, number)
);
INSERT INTO study_group_question (study_group, number, title) VALUES
    ('ITU-T-SG16', '26/16', 'Accessibility to multimedia systems and services'),
    ('ITU-T-SG16', '28/16', 'Multimedia framework for e-health applications'),
    ('ITU-T-SG20', '4/20', 'e/Smart services, applications and supporting platforms'),
    ('ITU-T-SG5', '7/5', 'Circular economy including e-waste'),
    ('ITU-D-SG2', '2/2', 'Telecommunications/ICTs for e-health');

CREATE TABLE appointment (
    id            VARCHAR(36) PRIMARY KEY,
    study_group   VARCHAR(20) NOT NULL,
    study_period  VARCHAR(20) NOT NULL,
    account_id    VARCHAR(36) NOT NULL,
    role          VARCHAR(30) NOT NULL,
    question      VARCHAR(10),
    starts_on     DATE NOT NULL,
    ends_on       DATE,
    appointed_by  VARCHAR(36),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_role CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'WORKING_PARTY_CHAIR', 'RAPPORTEUR', 'ASSOCIATE_RAPPORTEUR'))
);
CREATE INDEX appointment_group ON appointment (study_group, ends_on);
CREATE INDEX appointment_account ON appointment (account_id);

-- decision: decisions on draft Recommendations and Resolutions, their input contributions, and the
-- positions and comments of the organisations entitled to them.
CREATE TABLE decision (
    id          VARCHAR(36) PRIMARY KEY,
    study_group VARCHAR(20) NOT NULL,
    meeting_id  VARCHAR(36),
    subject     VARCHAR(500) NOT NULL,
    procedure   VARCHAR(20) NOT NULL,
    step        VARCHAR(20) NOT NULL,
    outcome     VARCHAR(20),
    decided_on  DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(36),
    CONSTRAINT decision_procedure CHECK (procedure IN ('AAP', 'TAP', 'CONSENSUS')),
    CONSTRAINT decision_step CHECK (step IN ('CONSENT', 'DETERMINATION', 'APPROVAL', 'ADOPTION', 'AGREEMENT'))
);
CREATE INDEX decision_group ON decision (study_group, created_at);

CREATE TABLE decision_input (
    decision_id     VARCHAR(36) NOT NULL REFERENCES decision (id),
    contribution_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (decision_id, contribution_id)
);

CREATE TABLE decision_position (
    id              VARCHAR(36) PRIMARY KEY,
    decision_id     VARCHAR(36) NOT NULL REFERENCES decision (id),
    organization_id VARCHAR(36) NOT NULL,
    position        VARCHAR(10),
    comment         VARCHAR(4000),
    recorded_by     VARCHAR(36) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_position_value CHECK (position IS NULL OR position IN ('SUPPORT', 'OBJECT', 'ABSTAIN')),
    CONSTRAINT decision_position_once UNIQUE (decision_id, organization_id)
);
