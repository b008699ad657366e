package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Labelled;

public enum TenantStatus implements Labelled {
    ACTIVE, SUSPENDED,
    /** Scheduled for deletion: closed to everyone, kept for the grace period, then purged. */
    CLOSED;

    /** Whether its members may work in it: only an active municipality lets them in (the platform's work may). */
    public boolean letsMembersIn() {
        return this == ACTIVE;
    }

    /** Whether it is closed to everyone, the platform's own work in it too. */
    public boolean closedToAll() {
        return this == CLOSED;
    }
}
