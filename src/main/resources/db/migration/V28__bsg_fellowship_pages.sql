-- bsg: what the fellowship pages add. The applicant may say its gender (optional, self-declared) so
-- that the secretariat sees the gender balance of a call's awards; the day the DFPs of a call's
-- states were reminded that applications wait for their endorsement before the call closes.

ALTER TABLE fellowship_application ADD COLUMN gender VARCHAR(12);
ALTER TABLE fellowship_application ADD CONSTRAINT fellowship_application_gender
    CHECK (gender IS NULL OR gender IN ('FEMALE', 'MALE', 'OTHER'));

ALTER TABLE fellowship_call ADD COLUMN reminded_on DATE;
