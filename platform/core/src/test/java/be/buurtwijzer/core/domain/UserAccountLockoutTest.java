package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.identity.LoginThrottle;
import be.buurtwijzer.core.domain.identity.UserAccount;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The account's own rules; the counting itself is atomic SQL, tested against MariaDB in AuthenticationIT. */
class UserAccountLockoutTest {

    @Test
    void aPasswordChangeEndsEarlierSessionsAndAOneTimePasswordMustBeReplaced() {
        UserAccount user = new UserAccount("A@Example.org ", "A", "hash-1", Instant.EPOCH);
        assertEquals("a@example.org", user.getEmail());
        long before = user.getCredentialsVersion();
        user.changePassword("hash-2", true);
        assertEquals(before + 1, user.getCredentialsVersion());
        assertTrue(user.isMustChangePassword());
        user.changePassword("hash-3", false);
        assertEquals(before + 2, user.getCredentialsVersion());
        assertFalse(user.isMustChangePassword());
        assertEquals("hash-3", user.getPasswordHash());
    }

    @Test
    void aThrottleNeedsAtLeastOneFailureAndAPositiveLock() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, Duration.ZERO));
        assertEquals(5, LoginThrottle.DEFAULT.maxFailures());
        assertEquals(Duration.ofMinutes(15), LoginThrottle.DEFAULT.lockDuration());
    }
}
