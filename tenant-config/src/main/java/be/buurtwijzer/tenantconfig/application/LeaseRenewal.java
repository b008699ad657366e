package be.buurtwijzer.tenantconfig.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Renews a lease once half of it has passed, not at every step, and remembers a renewal that failed: the lease
 * lapsed and another node took it, so this node must not go on with the work the lease guards.
 */
final class LeaseRenewal {

    private final Clock clock;
    private final Duration half;
    private final BooleanSupplier renew;
    private Instant due;
    private boolean lost;

    LeaseRenewal(Clock clock, Duration lease, BooleanSupplier renew) {
        this.clock = clock;
        this.half = lease.dividedBy(2);
        this.renew = renew;
        this.due = clock.instant().plus(half);
    }

    /** Whether this node still holds the lease, renewing it if due. */
    boolean stillHeld() {
        if (lost) {
            return false;
        }
        if (clock.instant().isBefore(due)) {
            return true;
        }
        lost = !renew.getAsBoolean();
        due = clock.instant().plus(half);
        return !lost;
    }

    /** Whether a renewal failed: another node holds the lease now. */
    boolean lost() {
        return lost;
    }
}
