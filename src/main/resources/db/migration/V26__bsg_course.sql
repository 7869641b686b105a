-- bsg: the A.1 online course (Recommendation ITU-T A.1, working methods of ITU-T study groups).
-- Six fixed modules, each with content pages and a question bank that the secretariat keeps (both
-- loaded from the classpath at start-up when the module's bank is empty). Texts are in English with
-- optional translations (course_translation, by the id of what they translate). A learner enrols,
-- takes attempts (questions drawn at random, scored once), and receives a certificate of achievement
-- when the mean of its best module scores reaches the pass mark; the secretariat may revoke it.

CREATE TABLE course_module (
    number  INT PRIMARY KEY,
    title   VARCHAR(300) NOT NULL,
    CONSTRAINT course_module_number CHECK (number BETWEEN 1 AND 6)
);

CREATE TABLE course_page (
    id            VARCHAR(36) PRIMARY KEY,
    module_number INT NOT NULL REFERENCES course_module (number),
    position      INT NOT NULL,
    title         VARCHAR(300) NOT NULL,
    body          VARCHAR(20000) NOT NULL,
    CONSTRAINT course_page_position UNIQUE (module_number, position)
);

CREATE TABLE course_question (
    id            VARCHAR(36) PRIMARY KEY,
    module_number INT NOT NULL REFERENCES course_module (number),
    text          VARCHAR(2000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(36),
    -- a question taken out of the bank stays for the attempts that drew it
    retired_at    TIMESTAMP WITH TIME ZONE,
    retired_by    VARCHAR(36)
);
CREATE INDEX course_question_module ON course_question (module_number, retired_at);

CREATE TABLE course_choice (
    id          VARCHAR(36) PRIMARY KEY,
    question_id VARCHAR(36) NOT NULL REFERENCES course_question (id),
    position    INT NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    correct     BOOLEAN NOT NULL,
    CONSTRAINT course_choice_position UNIQUE (question_id, position)
);

-- A text in another language than English of a module title, page (title and body as JSON-free
-- fields: part 'title' or 'body'), question or choice.
CREATE TABLE course_translation (
    subject_id VARCHAR(40) NOT NULL,
    part       VARCHAR(10) NOT NULL,
    language   VARCHAR(2) NOT NULL,
    text       VARCHAR(20000) NOT NULL,
    PRIMARY KEY (subject_id, part, language),
    CONSTRAINT course_translation_language CHECK (language IN ('fr', 'es', 'ar', 'zh', 'ru'))
);

CREATE TABLE course_enrolment (
    account_id  VARCHAR(36) PRIMARY KEY,
    enrolled_on DATE NOT NULL,
    enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE course_attempt (
    id            VARCHAR(36) PRIMARY KEY,
    account_id    VARCHAR(36) NOT NULL REFERENCES course_enrolment (account_id),
    module_number INT NOT NULL REFERENCES course_module (number),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    correct       INT,
    total         INT NOT NULL,
    score         INT,
    CONSTRAINT course_attempt_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CONSTRAINT course_attempt_scored CHECK ((submitted_at IS NULL) = (score IS NULL))
);
CREATE INDEX course_attempt_account ON course_attempt (account_id, module_number, score);

CREATE TABLE course_attempt_question (
    attempt_id  VARCHAR(36) NOT NULL REFERENCES course_attempt (id),
    question_id VARCHAR(36) NOT NULL REFERENCES course_question (id),
    position    INT NOT NULL,
    choice_id   VARCHAR(36) REFERENCES course_choice (id),
    PRIMARY KEY (attempt_id, question_id)
);

CREATE TABLE course_certificate (
    code           VARCHAR(12) PRIMARY KEY,
    account_id     VARCHAR(36) NOT NULL,
    holder_name    VARCHAR(300) NOT NULL,
    language       VARCHAR(2) NOT NULL,
    overall        INT NOT NULL,
    issued_on      DATE NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked        BOOLEAN NOT NULL DEFAULT FALSE,
    revoked_on     DATE,
    revoked_by     VARCHAR(36),
    revoke_reason  VARCHAR(2000),
    CONSTRAINT course_certificate_once UNIQUE (account_id),
    CONSTRAINT course_certificate_revocation CHECK (revoked = (revoked_on IS NOT NULL))
);

INSERT INTO course_module (number, title) VALUES
    (1, 'Standardization in ITU-T'),
    (2, 'Managing the study groups'),
    (3, 'Coordination'),
    (4, 'Inputs to the study groups'),
    (5, 'Outputs of the study groups'),
    (6, 'Further infrastructure supporting the study group process');
