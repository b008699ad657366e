-- Buurtwijzer schema, version 10: files an instrument keeps per municipality (photos, drawings, audio and video
-- of a story), checked by content on the way in, with a thumbnail of a picture.

CREATE TABLE plugin_file (
    id          CHAR(36)     NOT NULL,
    tenant_id   CHAR(36)     NOT NULL,
    plugin_id   VARCHAR(64)  NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    thumbnail   LONGBLOB,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(254) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(254) NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plugin_file_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_plugin_file_kind ON plugin_file (tenant_id, plugin_id, kind, created_at);
