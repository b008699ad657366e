-- Buurtwijzer schema, version 13: a lease per scheduled job that must run once per period however many
-- nodes run the product (the retention purge, the purge of deleted municipalities). A node does the work
-- only when it took the lease; work every node must do (loading a newly approved plugin) takes none.

CREATE TABLE scheduled_lease (
    job           VARCHAR(64)  NOT NULL,
    holder        VARCHAR(128) NOT NULL,
    leased_until  DATETIME(6)  NOT NULL,
    runs          BIGINT       NOT NULL,
    PRIMARY KEY (job)
);
