-- Buurtwijzer schema, version 9: values a platform administrator sets for a plugin, the same for every
-- municipality, without a new release (e.g. the legal caps of volunteer allowances, indexed every year).

CREATE TABLE plugin_setting (
    id          CHAR(36)     NOT NULL,
    plugin_id   VARCHAR(64)  NOT NULL,
    setting_key VARCHAR(64)  NOT NULL,
    value_json  LONGTEXT     NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(254) NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_plugin_setting UNIQUE (plugin_id, setting_key)
);
