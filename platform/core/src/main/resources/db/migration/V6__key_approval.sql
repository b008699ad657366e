-- Buurtwijzer schema, version 6: a publisher's new signing key signs nothing until a platform
-- administrator (or another publisher of the same organisation) approves it; keys registered
-- before this version count as approved.

ALTER TABLE organisation_key ADD COLUMN registered_by CHAR(36);
ALTER TABLE organisation_key ADD COLUMN approved_at DATETIME(6);
ALTER TABLE organisation_key ADD COLUMN approved_by VARCHAR(254);
UPDATE organisation_key SET approved_at = created_at, approved_by = 'before key approval';
