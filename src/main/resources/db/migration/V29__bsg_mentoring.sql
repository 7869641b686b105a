-- bsg: mentoring. A new delegate of a least developed or developing country asks for a mentor in a
-- study group; the secretariat pairs it with an experienced participant of that group (one who was
-- checked in at one of its meetings or contributed to one) for a period, after which the pairing
-- ends. One open request or pairing per person and group: open_key is 'OPEN' while the request
-- waits or the pairing runs, the row's id once it has ended, and unique with the person and group.

CREATE TABLE mentoring (
    id              VARCHAR(36) PRIMARY KEY,
    mentee_id       VARCHAR(36) NOT NULL,
    organization_id VARCHAR(36) NOT NULL,
    member_state    VARCHAR(2) NOT NULL,
    study_group     VARCHAR(20) NOT NULL,
    note            VARCHAR(2000),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10) NOT NULL,
    mentor_id       VARCHAR(36),
    paired_at       TIMESTAMP WITH TIME ZONE,
    paired_by       VARCHAR(36),
    ends_on         DATE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    open_key        VARCHAR(36) NOT NULL,
    version         INT NOT NULL,
    CONSTRAINT mentoring_status CHECK (status IN ('WAITING', 'PAIRED', 'ENDED')),
    CONSTRAINT mentoring_open_once UNIQUE (mentee_id, study_group, open_key)
);
CREATE INDEX mentoring_mentor ON mentoring (mentor_id);
CREATE INDEX mentoring_status_group ON mentoring (status, study_group);
