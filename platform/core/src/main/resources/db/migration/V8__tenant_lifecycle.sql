-- Buurtwijzer schema, version 8: a municipality scheduled for deletion is closed at once and kept
-- until deletion_due_at (the grace period), during which it can be restored or exported; after it
-- every row of the municipality is purged. status_before_deletion is what a restore returns to.

ALTER TABLE tenant ADD COLUMN deletion_scheduled_at DATETIME(6);
ALTER TABLE tenant ADD COLUMN deletion_due_at DATETIME(6);
ALTER TABLE tenant ADD COLUMN status_before_deletion VARCHAR(16);
CREATE INDEX ix_tenant_deletion_due ON tenant (deletion_due_at);
