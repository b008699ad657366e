-- Buurtwijzer schema, version 4: a person's sessions end when their credentials change, a
-- one-time password must be replaced at the first log-in, and the owner of an account is told
-- that it was locked.

ALTER TABLE user_account ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN lock_notice_at DATETIME(6);
