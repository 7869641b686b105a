-- report: each approved SME's line of the annex to the report to Council and PP (AnnexEntries),
-- kept for the periods over which it holds, so that the annex as of any moment is read in the
-- annex's order, a page at a time, instead of recomputed from the whole admission history. The
-- line holds after from_at and up to until_at (NULL: still holds). first_rank is the place of the
-- SME's first pilot group in the annex's order of groups, first_at the moment of its approval for
-- that group; study_groups (in that order) and sectors are joined by ';'. Written at start from
-- the history when missing (PilotCounts), then with the counts whenever the history changes.
CREATE TABLE report_annex_entry (
    organization_id VARCHAR(36) NOT NULL,
    from_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    until_at        TIMESTAMP WITH TIME ZONE,
    first_rank      SMALLINT NOT NULL,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    study_groups    VARCHAR(1000) NOT NULL,
    sectors         VARCHAR(100) NOT NULL,
    PRIMARY KEY (organization_id, from_at)
);

CREATE INDEX report_annex_entry_order ON report_annex_entry (first_rank, first_at, organization_id);
