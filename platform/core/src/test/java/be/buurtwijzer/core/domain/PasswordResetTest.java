package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.identity.PasswordReset;
import be.buurtwijzer.core.domain.identity.ResetLimit;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.shared.SecretTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reset link's own rules; storing, locking and mailing are checked against MariaDB in PasswordResetIT. */
class PasswordResetTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");

    private static UserAccount user() {
        return new UserAccount("a@example.org", "A", "hash-1", Instant.EPOCH);
    }

    @Test
    void aLinkIsOpenForThirtyMinutesAndThenExpired() {
        UserAccount user = user();
        PasswordReset reset = new PasswordReset(user, "h", ISSUED);
        assertEquals(Duration.ofMinutes(30), PasswordReset.VALID_FOR);
        assertEquals(PasswordReset.Status.OPEN, reset.status(ISSUED, user));
        assertEquals(PasswordReset.Status.OPEN, reset.status(ISSUED.plus(Duration.ofMinutes(30)).minusNanos(1000), user));
        assertEquals(PasswordReset.Status.EXPIRED, reset.status(ISSUED.plus(Duration.ofMinutes(30)), user));
        assertThrows(IllegalStateException.class, () -> reset.apply(user, "hash-2", ISSUED.plus(Duration.ofHours(1))));
        assertEquals("hash-1", user.getPasswordHash(), "an expired link changes nothing");
    }

    @Test
    void aLinkWorksOnceSetsThePasswordAndLiftsTheLock() {
        UserAccount user = user();
        user.changePassword("one-time", true);
        PasswordReset reset = new PasswordReset(user, "h", ISSUED);
        long version = user.getCredentialsVersion();
        reset.apply(user, "hash-2", ISSUED.plusSeconds(60));
        assertEquals("hash-2", user.getPasswordHash());
        assertEquals(version + 1, user.getCredentialsVersion(), "every session with the old password ends");
        assertFalse(user.isMustChangePassword(), "a chosen password needs no replacing");
        assertEquals(0, user.getFailedLogins());
        assertEquals(null, user.getLockedUntil());
        assertEquals(PasswordReset.Status.USED, reset.status(ISSUED.plusSeconds(61), user));
        assertThrows(IllegalStateException.class, () -> reset.apply(user, "hash-3", ISSUED.plusSeconds(62)));
        assertEquals("hash-2", user.getPasswordHash());
    }

    @Test
    void anyPasswordChangeEndsEveryEarlierLink() {
        UserAccount user = user();
        PasswordReset first = new PasswordReset(user, "h1", ISSUED);
        PasswordReset second = new PasswordReset(user, "h2", ISSUED.plusSeconds(10));
        second.apply(user, "hash-2", ISSUED.plusSeconds(20));
        assertEquals(PasswordReset.Status.SUPERSEDED, first.status(ISSUED.plusSeconds(30), user));
        UserAccount other = user();
        PasswordReset third = new PasswordReset(other, "h3", ISSUED);
        other.changePassword("changed-by-its-owner", false);
        assertEquals(PasswordReset.Status.SUPERSEDED, third.status(ISSUED.plusSeconds(1), other));
        assertEquals(PasswordReset.Status.SUPERSEDED, third.status(ISSUED.plusSeconds(1), user),
                "a link never serves another account");
    }

    @Test
    void atMostThreeMailsPerAddressPerHour() {
        ResetLimit limit = ResetLimit.DEFAULT;
        assertTrue(limit.allowsAnother(0));
        assertTrue(limit.allowsAnother(2));
        assertFalse(limit.allowsAnother(3));
        assertEquals(ISSUED.minus(Duration.ofHours(1)), limit.countSince(ISSUED));
        assertThrows(IllegalArgumentException.class, () -> new ResetLimit(0, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new ResetLimit(3, Duration.ZERO));
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String token = SecretTokens.newToken();
        assertEquals(43, token.length(), "256 bits in URL-safe Base64");
        assertTrue(token.matches("[A-Za-z0-9_-]+"));
        assertNotEquals(token, SecretTokens.newToken());
        assertEquals(64, SecretTokens.hash(token).length());
        assertEquals(SecretTokens.hash(token), SecretTokens.hash(token));
        assertFalse(SecretTokens.plausible(null));
        assertFalse(SecretTokens.plausible(" "));
        assertFalse(SecretTokens.plausible("x".repeat(SecretTokens.MAX_LENGTH + 1)));
        assertTrue(SecretTokens.plausible(token));
    }
}
