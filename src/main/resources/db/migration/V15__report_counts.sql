-- report: the pilot's counts kept by day, so that a figure as of any date is read, not recounted.
-- report_pilot_step holds each participant's level per key from the day it changed (written from
-- the pilot's published history whenever it changes); report_pilot_count holds, per key, the
-- counts at the end of each day on which they changed. Scope 'ALL' is the whole world, otherwise
-- a Member State's code; dim is total, sector or group; k the sector or group code ('ALL' for total).
CREATE TABLE report_pilot_step (
    entity VARCHAR(50) NOT NULL,
    scope  VARCHAR(3) NOT NULL,
    dim    VARCHAR(6) NOT NULL,
    k      VARCHAR(20) NOT NULL,
    on_day DATE NOT NULL,
    lvl    SMALLINT NOT NULL,
    PRIMARY KEY (entity, scope, dim, k, on_day)
);

CREATE TABLE report_pilot_key (
    scope VARCHAR(3) NOT NULL,
    dim   VARCHAR(6) NOT NULL,
    k     VARCHAR(20) NOT NULL,
    PRIMARY KEY (scope, dim, k)
);

CREATE TABLE report_pilot_count (
    scope        VARCHAR(3) NOT NULL,
    dim          VARCHAR(6) NOT NULL,
    k            VARCHAR(20) NOT NULL,
    on_day       DATE NOT NULL,
    approved     INT NOT NULL,
    in_admission INT NOT NULL,
    interested   INT NOT NULL,
    PRIMARY KEY (scope, dim, k, on_day)
);

-- One row, locked while counts change, so that two changes at once never write the same day twice.
CREATE TABLE report_pilot_lock (id INT PRIMARY KEY);
INSERT INTO report_pilot_lock (id) VALUES (1);
