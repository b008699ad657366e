-- Buurtwijzer schema, version 14: a counter per municipality, raised in the same transaction as every change
-- to its register (neighbourhoods, actors, initiatives). A node keeps the list pages it served together with
-- the counter it read before reading them, and serves them again only while the counter has not moved, so a
-- change made on any node is seen on every node at once. No foreign key: raising the counter must not take a
-- lock on the municipality's row, which every insert into the register already holds in share mode.

CREATE TABLE register_stamp (
    tenant_id  CHAR(36)  NOT NULL,
    stamp      BIGINT    NOT NULL,
    PRIMARY KEY (tenant_id)
);
