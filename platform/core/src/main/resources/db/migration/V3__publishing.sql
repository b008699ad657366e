-- Buurtwijzer schema, version 3: support organisations, their signing keys and publishers.

CREATE TABLE support_organisation (
    id         CHAR(36)     NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_support_organisation_name UNIQUE (name)
);

CREATE TABLE organisation_key (
    id              CHAR(36)      NOT NULL,
    organisation_id CHAR(36)      NOT NULL,
    label           VARCHAR(200)  NOT NULL,
    public_key      VARCHAR(2000) NOT NULL,
    fingerprint     CHAR(64)      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    revoked_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_key UNIQUE (fingerprint),
    CONSTRAINT fk_organisation_key_organisation FOREIGN KEY (organisation_id) REFERENCES support_organisation (id)
);

ALTER TABLE user_account ADD COLUMN organisation_id CHAR(36);
ALTER TABLE plugin_release ADD COLUMN organisation_id CHAR(36);
ALTER TABLE plugin_release ADD COLUMN signed_with CHAR(64);
ALTER TABLE plugin_release ADD COLUMN start_problem VARCHAR(4000);
