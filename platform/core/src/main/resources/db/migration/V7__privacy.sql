-- Buurtwijzer schema, version 7: personal data. A municipality records who consented to what, in
-- which wording and version, and the withdrawal; and may shorten or lengthen, within bounds, how long
-- an instrument keeps a kind of record that holds personal data.

CREATE TABLE consent_record (
    id              CHAR(36)      NOT NULL,
    tenant_id       CHAR(36)      NOT NULL,
    plugin_id       VARCHAR(64),
    purpose         VARCHAR(100)  NOT NULL,
    subject_actor_id CHAR(36),
    subject_name    VARCHAR(200)  NOT NULL,
    subject_email   VARCHAR(254),
    wording         VARCHAR(4000) NOT NULL,
    wording_version VARCHAR(32)   NOT NULL,
    given_at        DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(254)  NOT NULL,
    withdrawn_at    DATETIME(6),
    withdrawn_by    VARCHAR(254),
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_consent_tenant_purpose ON consent_record (tenant_id, purpose, subject_actor_id);

CREATE TABLE retention_override (
    id             CHAR(36)     NOT NULL,
    tenant_id      CHAR(36)     NOT NULL,
    plugin_id      VARCHAR(64)  NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    retention_days INT          NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_retention_override UNIQUE (tenant_id, plugin_id, kind),
    CONSTRAINT fk_retention_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
