package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.identity.LoginThrottle;
import be.buurtwijzer.core.domain.instruments.OrganisationKey;
import be.buurtwijzer.core.domain.instruments.PluginRelease;
import be.buurtwijzer.core.domain.instruments.Subscription;
import be.buurtwijzer.core.domain.tenancy.Invitation;
import be.buurtwijzer.core.domain.tenancy.Invitation.Status;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules the persistent entities carry themselves (the storage is tested against MariaDB in the ITs). */
class EntityRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-12T09:00:00Z");

    @Test
    void anInvitationIsOpenForFourteenDaysUntilAcceptedOrRevoked() {
        Invitation invitation = new Invitation("t1", "an@zottegem.be", TenantRole.COORDINATOR, "hash", "u1", NOW);
        assertEquals("t1:an@zottegem.be", Invitation.openKey("t1", "an@zottegem.be"));
        assertEquals(NOW.plus(Duration.ofDays(14)), invitation.getExpiresAt());
        assertEquals(Status.OPEN, invitation.status(NOW));
        assertEquals(Status.OPEN, invitation.status(invitation.getExpiresAt().minusMillis(1)));
        assertEquals(Status.EXPIRED, invitation.status(invitation.getExpiresAt()));
        invitation.accept("u2", NOW.plusSeconds(60));
        assertEquals(Status.ACCEPTED, invitation.status(NOW.plus(Duration.ofDays(30))));
        Invitation revoked = new Invitation("t1", "bo@zottegem.be", TenantRole.PARTNER, "hash", "u1", NOW);
        revoked.revoke(NOW.plusSeconds(1));
        assertEquals(Status.REVOKED, revoked.status(NOW.plusSeconds(2)));
    }

    @Test
    void aSubscriptionIsUsableOnlyWhileActiveAndEnabledAndKeepsItsDataForTheRetention() {
        Subscription subscription = new Subscription("t1", "typology", NOW);
        assertTrue(subscription.isActive());
        assertTrue(subscription.isEnabled());
        assertTrue(subscription.isUsable());
        assertNull(subscription.retainedUntil(Duration.ofDays(90)));
        subscription.setEnabled(false);
        assertTrue(subscription.isActive());
        assertFalse(subscription.isUsable());
        subscription.setEnabled(true);
        subscription.unsubscribe(NOW.plusSeconds(10));
        assertFalse(subscription.isActive());
        assertFalse(subscription.isUsable());
        assertEquals(NOW.plusSeconds(10).plus(Duration.ofDays(90)), subscription.retainedUntil(Duration.ofDays(90)));
        subscription.resubscribe(NOW.plusSeconds(20));
        assertTrue(subscription.isUsable());
        assertEquals(NOW.plusSeconds(20), subscription.getSubscribedAt());
        assertNull(subscription.getUnsubscribedAt());
    }

    @Test
    void aSigningKeyCountsOnlyOnceApprovedAndUntilRevokedAndTheFirstApprovalStays() {
        OrganisationKey key = new OrganisationKey("org", "sleutel 2026", "pem", "SHA256:ab", NOW);
        assertFalse(key.isActive(), "a new key waits for a second person");
        key.approve("beheerder@vlaanderen.be", NOW.plusSeconds(5));
        assertTrue(key.isActive());
        key.approve("iemand-anders@vlaanderen.be", NOW.plusSeconds(9));
        assertEquals("beheerder@vlaanderen.be", key.getApprovedBy());
        assertEquals(NOW.plusSeconds(5), key.getApprovedAt());
        key.revoke(NOW.plusSeconds(10));
        assertFalse(key.isActive());
        OrganisationKey revokedBeforeApproval = new OrganisationKey("org", "oud", "pem", "SHA256:cd", NOW);
        revokedBeforeApproval.revoke(NOW);
        revokedBeforeApproval.approve("beheerder@vlaanderen.be", NOW);
        assertFalse(revokedBeforeApproval.isActive());
    }

    @Test
    void aReleaseKeepsAtMost4000CharactersOfWhyItDidNotStart() {
        PluginRelease release = new PluginRelease("typology", "1.0.0", "org", ">=1.0.0", "abc", new byte[7], "{}",
                "", "u1", NOW);
        assertEquals(7, release.getSizeBytes());
        release.setStartProblem(null);
        assertNull(release.getStartProblem());
        release.setStartProblem("x".repeat(4000));
        assertEquals(4000, release.getStartProblem().length());
        release.setStartProblem("y".repeat(4001));
        assertEquals("y".repeat(4000), release.getStartProblem());
    }

    @Test
    void aThrottleOfOneFailureAndTheShortestLockAreAllowed() {
        assertEquals(1, new LoginThrottle(1, Duration.ofNanos(1)).maxFailures());
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(-1, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ofMinutes(-1)));
    }
}
