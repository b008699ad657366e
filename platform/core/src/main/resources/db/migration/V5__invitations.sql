-- Buurtwijzer schema, version 5: people join a municipality by invitation. The administrator
-- learns nothing about accounts outside the municipality; the invited person accepts with an
-- account they have or one they create. open_key is set while the invitation is open, so that
-- one address has at most one open invitation per municipality, also under concurrent requests.

CREATE TABLE invitation (
    id          CHAR(36)     NOT NULL,
    tenant_id   CHAR(36)     NOT NULL,
    email       VARCHAR(254) NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    open_key    VARCHAR(300),
    invited_by  VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    accepted_at DATETIME(6),
    accepted_by CHAR(36),
    revoked_at  DATETIME(6),
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT uq_invitation_open UNIQUE (open_key),
    CONSTRAINT fk_invitation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_invitation_tenant ON invitation (tenant_id, created_at);
