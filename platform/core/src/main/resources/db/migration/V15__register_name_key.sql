-- Buurtwijzer schema, version 15: the name in lower case, computed by the database, indexed after the tenant
-- column. A name is unique per municipality whatever its case; checking that with LOWER(name) read every entry
-- of the municipality at each create and rename (half of a write's time once a register held a few thousand).

ALTER TABLE neighbourhood ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(name));
ALTER TABLE actor ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(name));
ALTER TABLE initiative ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(name));

CREATE INDEX ix_neighbourhood_name_key ON neighbourhood (tenant_id, name_key);
CREATE INDEX ix_actor_name_key ON actor (tenant_id, name_key);
CREATE INDEX ix_initiative_name_key ON initiative (tenant_id, name_key);
