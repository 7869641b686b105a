-- membership: invoices in CHF numbered YYYY-NNNNNN per year of issue without gaps, credit notes
-- CN-YYYY-NNNNNN, and the payments read from the bank's camt.054 notifications.
--
-- Numbers come from one counter row per series and year, updated (and so locked) in the
-- transaction that inserts the invoice or credit note: a transaction that rolls back takes its
-- number back with it, and two that race wait for each other.

CREATE TABLE invoice_counter (
    series       VARCHAR(2) NOT NULL,
    issue_year   INT NOT NULL,
    last_number  INT NOT NULL,
    CONSTRAINT invoice_counter_pk PRIMARY KEY (series, issue_year),
    CONSTRAINT invoice_counter_series CHECK (series IN ('IN', 'CN')),
    CONSTRAINT invoice_counter_number CHECK (last_number >= 0 AND last_number <= 999999)
);

CREATE TABLE invoice (
    id               VARCHAR(36) PRIMARY KEY,
    number           VARCHAR(11) NOT NULL,
    issue_year       INT NOT NULL,
    seq              INT NOT NULL,
    organization_id  VARCHAR(36) NOT NULL,
    purpose          VARCHAR(10) NOT NULL,
    subject_id       VARCHAR(36) NOT NULL,
    description      VARCHAR(500) NOT NULL,
    amount           NUMERIC(14, 2) NOT NULL,
    currency         VARCHAR(3) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    reference        VARCHAR(27) NOT NULL,
    issued_on        DATE NOT NULL,
    due_on           DATE NOT NULL,
    paid_amount      NUMERIC(14, 2),
    paid_on          DATE,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by        VARCHAR(36),
    CONSTRAINT invoice_number UNIQUE (number),
    CONSTRAINT invoice_year_seq UNIQUE (issue_year, seq),
    CONSTRAINT invoice_reference UNIQUE (reference),
    CONSTRAINT invoice_purpose CHECK (purpose IN ('MEMBERSHIP', 'MEETING')),
    CONSTRAINT invoice_status CHECK (status IN ('OPEN', 'PAID', 'CANCELLED', 'REFUNDED')),
    CONSTRAINT invoice_amount CHECK (amount > 0),
    CONSTRAINT invoice_currency CHECK (currency = 'CHF'),
    CONSTRAINT invoice_due CHECK (due_on >= issued_on),
    CONSTRAINT invoice_paid CHECK ((status IN ('PAID', 'REFUNDED') AND paid_on IS NOT NULL AND paid_amount IS NOT NULL)
        OR (status IN ('OPEN', 'CANCELLED') AND paid_on IS NULL AND paid_amount IS NULL))
);
CREATE INDEX invoice_organization_status ON invoice (organization_id, status);
CREATE INDEX invoice_subject ON invoice (purpose, subject_id);
CREATE INDEX invoice_status_due ON invoice (status, due_on);

-- A credit note cancels an open invoice or refunds a paid one, for the invoice's amount.
CREATE TABLE credit_note (
    id          VARCHAR(36) PRIMARY KEY,
    number      VARCHAR(14) NOT NULL,
    issue_year  INT NOT NULL,
    seq         INT NOT NULL,
    invoice_id  VARCHAR(36) NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL,
    currency    VARCHAR(3) NOT NULL,
    reason      VARCHAR(2000),
    issued_on   DATE NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by   VARCHAR(36),
    CONSTRAINT credit_note_number UNIQUE (number),
    CONSTRAINT credit_note_year_seq UNIQUE (issue_year, seq),
    CONSTRAINT credit_note_invoice UNIQUE (invoice_id),
    CONSTRAINT credit_note_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT credit_note_kind CHECK (kind IN ('CANCELLED', 'REFUNDED')),
    CONSTRAINT credit_note_amount CHECK (amount > 0),
    CONSTRAINT credit_note_currency CHECK (currency = 'CHF')
);

-- One row per file imported (also when everything in it was imported before).
CREATE TABLE payment_import (
    id                VARCHAR(36) PRIMARY KEY,
    file_name         VARCHAR(255),
    sha256            VARCHAR(64) NOT NULL,
    message           VARCHAR(20) NOT NULL,
    entries           INT NOT NULL,
    matched           INT NOT NULL,
    already_imported  INT NOT NULL,
    unmatched         INT NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by       VARCHAR(36) NOT NULL
);
CREATE INDEX payment_import_time ON payment_import (imported_at);

-- Imports are taken one at a time: the row is locked by each import's transaction.
CREATE TABLE payment_import_lock (
    id INT PRIMARY KEY
);
INSERT INTO payment_import_lock (id) VALUES (1);

-- Every credit transaction of every file, once: the bank's reference (AcctSvcrRef of the
-- transaction, else of the entry) is unique, so that no file pays twice. BOOKED payments paid
-- their invoice; UNMATCHED ones wait for the secretariat, who ASSIGNS them to an invoice or marks
-- them for REFUND. Amounts keep the file's own precision and currency.
CREATE TABLE payment (
    id                 VARCHAR(36) PRIMARY KEY,
    import_id          VARCHAR(36) NOT NULL,
    bank_reference     VARCHAR(140) NOT NULL,
    acct_svcr_ref      VARCHAR(35),
    entry_ref          VARCHAR(35),
    amount             NUMERIC(18, 5) NOT NULL,
    currency           VARCHAR(3) NOT NULL,
    reference          VARCHAR(35),
    debtor_name        VARCHAR(140),
    booked_on          DATE NOT NULL,
    status             VARCHAR(10) NOT NULL,
    reason             VARCHAR(20),
    invoice_id         VARCHAR(36),
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(36),
    CONSTRAINT payment_bank_reference UNIQUE (bank_reference),
    CONSTRAINT payment_import_fk FOREIGN KEY (import_id) REFERENCES payment_import (id),
    CONSTRAINT payment_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT payment_status CHECK (status IN ('BOOKED', 'UNMATCHED', 'ASSIGNED', 'REFUND')),
    CONSTRAINT payment_reason CHECK (reason IS NULL
        OR reason IN ('UNKNOWN_REFERENCE', 'AMOUNT_DIFFERS', 'CURRENCY', 'INVOICE_NOT_OPEN'))
);
CREATE INDEX payment_by_status ON payment (status, booked_on);
CREATE INDEX payment_by_invoice ON payment (invoice_id);
CREATE INDEX payment_by_import ON payment (import_id);
