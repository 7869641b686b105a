-- studygroup: the sectors, the study periods of the seeds and their study groups. A group's code
-- (ITU-T-SG16) is stable across periods. Each sector's latest period has no end date until the
-- secretariat records the next one. The pilot flag marks the six groups that chose the SME pilot.

CREATE TABLE sector (
    code VARCHAR(5) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
INSERT INTO sector (code, name) VALUES
    ('ITU-T', 'ITU Telecommunication Standardization Sector'),
    ('ITU-D', 'ITU Telecommunication Development Sector');

CREATE TABLE study_period (
    id         VARCHAR(20) PRIMARY KEY,
    sector     VARCHAR(5) NOT NULL REFERENCES sector (code),
    label      VARCHAR(20) NOT NULL,
    starts_on  DATE NOT NULL,
    ends_on    DATE
);
INSERT INTO study_period (id, sector, label, starts_on, ends_on) VALUES
    ('ITU-T-2017', 'ITU-T', '2017-2020', DATE '2017-01-01', NULL),
    ('ITU-D-2018', 'ITU-D', '2018-2021', DATE '2018-01-01', NULL);

CREATE TABLE study_group (
    code         VARCHAR(20) NOT NULL,
    study_period VARCHAR(20) NOT NULL REFERENCES study_period (id),
    sector       VARCHAR(5) NOT NULL REFERENCES sector (code),
    number       INT NOT NULL,
    title        VARCHAR(500) NOT NULL,
    pilot        BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (code, study_period)
);

INSERT INTO study_group (code, study_period, sector, number, title, pilot) VALUES
    ('ITU-T-SG2',  'ITU-T-2017', 'ITU-T', 2,  'Operational aspects of service provision and telecommunication management', FALSE),
    ('ITU-T-SG3',  'ITU-T-2017', 'ITU-T', 3,  'Tariff and accounting principles including related telecommunication economic and policy issues', FALSE),
    ('ITU-T-SG5',  'ITU-T-2017', 'ITU-T', 5,  'Environment, climate change and circular economy', TRUE),
    ('ITU-T-SG9',  'ITU-T-2017', 'ITU-T', 9,  'Broadband cable and TV', FALSE),
    ('ITU-T-SG11', 'ITU-T-2017', 'ITU-T', 11, 'Signalling requirements, protocols, test specifications and combating counterfeit products', TRUE),
    ('ITU-T-SG12', 'ITU-T-2017', 'ITU-T', 12, 'Performance, QoS and QoE', FALSE),
    ('ITU-T-SG13', 'ITU-T-2017', 'ITU-T', 13, 'Future networks', FALSE),
    ('ITU-T-SG15', 'ITU-T-2017', 'ITU-T', 15, 'Networks, technologies and infrastructures for transport, access and home', FALSE),
    ('ITU-T-SG16', 'ITU-T-2017', 'ITU-T', 16, 'Multimedia', TRUE),
    ('ITU-T-SG17', 'ITU-T-2017', 'ITU-T', 17, 'Security', FALSE),
    ('ITU-T-SG20', 'ITU-T-2017', 'ITU-T', 20, 'Internet of things and smart cities and communities', TRUE),
    ('ITU-D-SG1',  'ITU-D-2018', 'ITU-D', 1,  'Enabling environment for the development of telecommunications/ICTs', TRUE),
    ('ITU-D-SG2',  'ITU-D-2018', 'ITU-D', 2,  'ICT services and applications for the promotion of sustainable development', TRUE);
