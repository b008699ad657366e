package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Labelled;

public enum TenantStatus implements Labelled {
    ACTIVE, SUSPENDED,
    /** Scheduled for deletion: closed to everyone, kept for the grace period, then purged. */
    CLOSED
}
