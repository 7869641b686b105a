-- meeting: pay-as-you-go. The secretariat sets a fee on a meeting (CHF); a company that is not a
-- member, or an SME outside the pilot, then registers and waits in PENDING_PAYMENT (an in-person one
-- holding its seat) with the invoice it was given, until the payment is booked; still unpaid when
-- registration closes, it is cancelled (reason 'unpaid'), after one reminder.
CREATE TABLE meeting_fee (
    meeting_id VARCHAR(36) PRIMARY KEY REFERENCES meeting (id),
    amount     NUMERIC(14, 2) NOT NULL,
    currency   VARCHAR(3) NOT NULL,
    set_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by     VARCHAR(36),
    CONSTRAINT meeting_fee_amount CHECK (amount > 0),
    CONSTRAINT meeting_fee_currency CHECK (currency = 'CHF')
);

ALTER TABLE registration DROP CONSTRAINT registration_status;
ALTER TABLE registration ADD CONSTRAINT registration_status
    CHECK (status IN ('PENDING_PAYMENT', 'PENDING_VALIDATION', 'VALIDATED', 'REJECTED', 'CANCELLED'));
ALTER TABLE registration ADD COLUMN invoice_id VARCHAR(36);
ALTER TABLE registration ADD COLUMN payment_reminded_on DATE;
