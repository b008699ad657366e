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

class UserAccountLockoutTest {

    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10));
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    private UserAccount account() {
        return new UserAccount("  Someone@Example.ORG ", "Someone", "hash", now);
    }

    @Test
    void emailIsNormalised() {
        assertEquals("someone@example.org", account().getEmail());
    }

    @Test
    void locksAfterTheMaximumNumberOfFailuresInARow() {
        UserAccount user = account();
        user.loginFailed(now, throttle);
        user.loginFailed(now, throttle);
        assertFalse(user.isLocked(now));
        user.loginFailed(now, throttle);
        assertTrue(user.isLocked(now));
        assertTrue(user.isLocked(now.plus(Duration.ofMinutes(9))));
        assertFalse(user.isLocked(now.plus(Duration.ofMinutes(10))));
    }

    @Test
    void aSuccessResetsTheCountAndWritesNothingWhenThereWasNothingToReset() {
        UserAccount user = account();
        assertFalse(user.loginSucceeded());
        user.loginFailed(now, throttle);
        user.loginFailed(now, throttle);
        assertTrue(user.loginSucceeded());
        user.loginFailed(now, throttle);
        assertFalse(user.isLocked(now), "the count started again after the success");
    }

    @Test
    void afterALockExpiresCountingStartsAgain() {
        UserAccount user = account();
        for (int i = 0; i < 3; i++) {
            user.loginFailed(now, throttle);
        }
        Instant later = now.plus(Duration.ofMinutes(11));
        user.loginFailed(later, throttle);
        assertFalse(user.isLocked(later));
        assertEquals(1, user.getFailedLogins());
    }

    @Test
    void aThrottleNeedsSensibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, Duration.ZERO));
    }
}
