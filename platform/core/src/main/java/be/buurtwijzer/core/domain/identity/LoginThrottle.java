package be.buurtwijzer.core.domain.identity;

import java.time.Duration;

/** After {@code maxFailures} failed log-ins in a row an account is locked for {@code lockDuration}. */
public record LoginThrottle(int maxFailures, Duration lockDuration) {

    public static final LoginThrottle DEFAULT = new LoginThrottle(5, Duration.ofMinutes(15));

    public LoginThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
