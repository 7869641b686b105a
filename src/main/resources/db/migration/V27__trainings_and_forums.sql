-- meeting: trainings and regional standardization forums (issue 18, BSG). A forum is a new kind of
-- meeting; a training or forum need not belong to a study group (then it has no sector either) and
-- may be held alongside another meeting (collocated_with). A past event known only by its month
-- starts on the first of that month, marked approximate. Anyone signed in registers for a training or
-- forum, with or without an organisation: a registration's organisation is then empty.

ALTER TABLE meeting DROP CONSTRAINT meeting_kind;
ALTER TABLE meeting ADD CONSTRAINT meeting_kind
    CHECK (kind IN ('STUDY_GROUP', 'WORKING_PARTY', 'RAPPORTEUR_GROUP', 'WORKSHOP', 'TRAINING', 'FORUM'));
ALTER TABLE meeting ALTER COLUMN study_group DROP NOT NULL;
ALTER TABLE meeting ALTER COLUMN sector DROP NOT NULL;
ALTER TABLE meeting ADD COLUMN collocated_with VARCHAR(36);
ALTER TABLE meeting ADD CONSTRAINT meeting_collocated FOREIGN KEY (collocated_with) REFERENCES meeting (id);
ALTER TABLE meeting ADD COLUMN date_approximate BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX meeting_kind_dates ON meeting (kind, start_date);

ALTER TABLE registration ALTER COLUMN organization_id DROP NOT NULL;
