-- Buurtwijzer schema, version 16: the instrument seeds of a municipality file still to run. Written in the
-- transaction that subscribes the municipality to the instruments, advanced after every seed and removed when
-- the last one ran; so a node stopped halfway resumes at its next start, at the seed it reached, with the
-- results the later seeds refer to. A node runs a municipality's seeds only while it holds the claim, which it
-- renews at every seed: a second node starting at the same time waits for it instead of running them twice.

CREATE TABLE seed_run (
    tenant_id      CHAR(36)      NOT NULL,
    instruments    VARCHAR(2000) NOT NULL,
    next_seed      INT           NOT NULL,
    results        LONGTEXT      NULL,
    holder         VARCHAR(128)  NULL,
    claimed_until  DATETIME(6)   NULL,
    PRIMARY KEY (tenant_id)
);
