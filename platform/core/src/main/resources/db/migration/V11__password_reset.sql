-- Buurtwijzer schema, version 11: a person who forgot their password gets a link by e-mail.
-- Only the token's hash is stored; credentials_version is the account's when the link was issued,
-- so that any later password change ends the link. The index serves the per-address rate limit.

CREATE TABLE password_reset (
    id                  CHAR(36)    NOT NULL,
    user_id             CHAR(36)    NOT NULL,
    token_hash          CHAR(64)    NOT NULL,
    credentials_version BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    expires_at          DATETIME(6) NOT NULL,
    used_at             DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id, created_at);
