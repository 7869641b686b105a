-- notification: every mail is first written here, in the transaction of the change that causes
-- it, then delivered (SMTP, or the in-app mailbox) by a scheduled job, with retries and backoff.
CREATE TABLE mail_outbox (
    id              VARCHAR(36) PRIMARY KEY,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    locale          VARCHAR(5) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient, created_at);
