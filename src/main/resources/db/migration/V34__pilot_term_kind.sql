-- Issue 19, ending or extending the pilot: each version of the pilot's period says what recorded it:
-- a period set as such (PERIOD), the Conference's extension (EXTEND) or its end (END). An END whose
-- last day is today closes the pilot at once (its waiting requests lapse with it); a later one at
-- the end of that day.
ALTER TABLE pilot_term ADD COLUMN kind VARCHAR(10) DEFAULT 'PERIOD' NOT NULL;
ALTER TABLE pilot_term ADD CONSTRAINT pilot_term_kind CHECK (kind IN ('PERIOD', 'EXTEND', 'END'));
