-- Buurtwijzer schema, version 12: a municipality's own logo and colour, shown in its workspace header
-- and on its exports. Kept apart from the tenant row, which every request reads.

CREATE TABLE tenant_identity (
    tenant_id   CHAR(36)     NOT NULL,
    logo_png    LONGBLOB,
    colour      CHAR(7),
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(254) NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_tenant_identity_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
