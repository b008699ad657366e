package be.buurtwijzer.tenantconfig.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LeaseRenewalTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MovingClock clock = new MovingClock();
    private int renewals;
    private boolean renewalHolds = true;

    private final LeaseRenewal renewal = new LeaseRenewal(clock, LEASE, () -> {
        renewals++;
        return renewalHolds;
    });

    @Test
    void renewsOnlyOnceHalfTheLeaseHasPassed() {
        clock.pass(Duration.ofSeconds(59));
        assertTrue(renewal.stillHeld());
        assertEquals(0, renewals, "no statement before half the lease passed");

        clock.pass(Duration.ofSeconds(1));
        assertTrue(renewal.stillHeld());
        assertEquals(1, renewals);

        clock.pass(Duration.ofSeconds(30));
        assertTrue(renewal.stillHeld());
        assertEquals(1, renewals, "the next renewal is due half a lease after the last one");
        clock.pass(Duration.ofSeconds(30));
        assertTrue(renewal.stillHeld());
        assertEquals(2, renewals);
        assertFalse(renewal.lost());
    }

    @Test
    void aRenewalThatFailsStopsTheWorkForGood() {
        renewalHolds = false;
        clock.pass(Duration.ofMinutes(3)); // a seed that took longer than the lease: another node took it over
        assertFalse(renewal.stillHeld());
        assertTrue(renewal.lost());

        renewalHolds = true;
        clock.pass(Duration.ofMinutes(1));
        assertFalse(renewal.stillHeld(), "a lease lost once is not taken back in the middle of the other node's run");
        assertEquals(1, renewals);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
