-- report: the benefits of the pilot SMEs' participation kept by day, so that the dashboard reads them
-- as of any date instead of aggregating every registration's history on each view.
-- report_benefit_step holds, per item (R a registration, C a contribution, D a decision), whether it
-- counts (lvl 1) or not (lvl 0) from each day on which that changed: it counts on a day when it is
-- validated (a registration) or exists (a contribution, a decision) at the end of that day, and an
-- organisation it belongs to (a decision: a source of one of its input contributions) is approved then.
-- report_benefit_count holds the sums at the end of each day on which they changed.
CREATE TABLE report_benefit_step (
    kind   CHAR(1) NOT NULL,
    item   VARCHAR(36) NOT NULL,
    on_day DATE NOT NULL,
    lvl    SMALLINT NOT NULL,
    PRIMARY KEY (kind, item, on_day),
    CONSTRAINT report_benefit_step_kind CHECK (kind IN ('R', 'C', 'D'))
);

CREATE TABLE report_benefit_count (
    on_day        DATE PRIMARY KEY,
    registrations INT NOT NULL,
    contributions INT NOT NULL,
    decisions     INT NOT NULL
);
