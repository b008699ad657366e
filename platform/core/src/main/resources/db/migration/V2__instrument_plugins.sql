-- Buurtwijzer schema, version 2: plugin releases (artifacts in the database), subscriptions of
-- municipalities to instruments, and the plugins' record store.

CREATE TABLE plugin_release (
    id            CHAR(36)      NOT NULL,
    plugin_id     VARCHAR(64)   NOT NULL,
    version       VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    organisation  VARCHAR(200)  NOT NULL,
    requires      VARCHAR(200),
    sha256        CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    artifact      LONGBLOB      NOT NULL,
    descriptor    LONGTEXT,
    release_notes VARCHAR(4000),
    uploaded_by   VARCHAR(254)  NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    decided_by    VARCHAR(254),
    decided_at    DATETIME(6),
    reason        VARCHAR(4000),
    version_lock  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_plugin_release UNIQUE (plugin_id, version)
);

CREATE TABLE tenant_subscription (
    id              CHAR(36)    NOT NULL,
    tenant_id       CHAR(36)    NOT NULL,
    plugin_id       VARCHAR(64) NOT NULL,
    enabled         BOOLEAN     NOT NULL,
    subscribed_at   DATETIME(6) NOT NULL,
    unsubscribed_at DATETIME(6),
    version         BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tenant_subscription UNIQUE (tenant_id, plugin_id),
    CONSTRAINT fk_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE plugin_record (
    id             CHAR(36)     NOT NULL,
    tenant_id      CHAR(36)     NOT NULL,
    plugin_id      VARCHAR(64)  NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    schema_version INT          NOT NULL,
    document       LONGTEXT     NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plugin_record_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_plugin_record_kind ON plugin_record (tenant_id, plugin_id, kind, created_at);
