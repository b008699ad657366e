-- Buurtwijzer schema, version 1: tenancy, identity, the shared register and audit.
-- Written for MySQL/MariaDB; the embedded H2 runs it in MySQL mode.

CREATE TABLE tenant (
    id             CHAR(36)     NOT NULL,
    slug           VARCHAR(63)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    default_locale VARCHAR(8)   NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tenant_slug UNIQUE (slug)
);

CREATE TABLE user_account (
    id               CHAR(36)     NOT NULL,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(512) NOT NULL,
    platform_role    VARCHAR(32),
    preferred_locale VARCHAR(8),
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_account_email UNIQUE (email)
);

CREATE TABLE membership (
    id         CHAR(36)    NOT NULL,
    tenant_id  CHAR(36)    NOT NULL,
    user_id    CHAR(36)    NOT NULL,
    role       VARCHAR(32) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_membership UNIQUE (tenant_id, user_id),
    CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_membership_user ON membership (user_id);

CREATE TABLE neighbourhood (
    id          CHAR(36)      NOT NULL,
    tenant_id   CHAR(36)      NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    description VARCHAR(4000),
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_neighbourhood_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_neighbourhood_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE actor (
    id              CHAR(36)      NOT NULL,
    tenant_id       CHAR(36)      NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    sector          VARCHAR(32)   NOT NULL,
    operating_area  VARCHAR(32),
    description     VARCHAR(4000),
    contact_person  VARCHAR(200),
    contact_email   VARCHAR(254),
    contact_phone   VARCHAR(50),
    contact_address VARCHAR(500),
    contact_website VARCHAR(500),
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_actor_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_actor_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE initiative (
    id               CHAR(36)      NOT NULL,
    tenant_id        CHAR(36)      NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    neighbourhood_id CHAR(36),
    goal             VARCHAR(1000),
    description      VARCHAR(4000),
    status           VARCHAR(32)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(254)  NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_initiative_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_initiative_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_initiative_neighbourhood FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhood (id)
);

CREATE TABLE initiative_actor (
    initiative_id CHAR(36) NOT NULL,
    actor_id      CHAR(36) NOT NULL,
    PRIMARY KEY (initiative_id, actor_id),
    CONSTRAINT fk_initiative_actor_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
);
CREATE INDEX ix_initiative_actor_actor ON initiative_actor (actor_id);

CREATE TABLE tenant_audit (
    id          CHAR(36)     NOT NULL,
    tenant_id   CHAR(36)     NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    CHAR(36),
    actor_email VARCHAR(254) NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    changes     LONGTEXT     NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_tenant_audit_time ON tenant_audit (tenant_id, occurred_at);

CREATE TABLE platform_audit (
    id          CHAR(36)     NOT NULL,
    tenant_id   CHAR(36),
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    CHAR(36),
    actor_email VARCHAR(254) NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    changes     LONGTEXT     NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_platform_audit_time ON platform_audit (occurred_at);
