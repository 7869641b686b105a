-- audit: the append-only trail of every decision, from the modules' events. Each entry holds the
-- hash of the one before (audit_chain holds the last, locked while an entry is appended, so that
-- entries are chained one at a time whatever the number of nodes).

CREATE TABLE audit_entry (
    seq            BIGINT PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       VARCHAR(36),
    actor_name     VARCHAR(300),
    acting_as      VARCHAR(80) NOT NULL,
    action         VARCHAR(80) NOT NULL,
    subject_type   VARCHAR(60) NOT NULL,
    subject        VARCHAR(64) NOT NULL,
    member_state   CHAR(2),
    reason         VARCHAR(4000),
    client_address VARCHAR(100),
    prev_hash      CHAR(64) NOT NULL,
    hash           CHAR(64) NOT NULL
);
CREATE INDEX audit_entry_subject ON audit_entry (subject);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id);
CREATE INDEX audit_entry_state ON audit_entry (member_state, seq);
CREATE INDEX audit_entry_at ON audit_entry (at);

CREATE TABLE audit_chain (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES
    (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
