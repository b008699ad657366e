package be.buurtwijzer.core.domain.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxMails} reset mails to one address per {@code window}: enough for a person who
 * did not find the first one, too few to flood their mailbox through the form. A request beyond the
 * limit gets the same answer as any other; it only sends nothing.
 */
public record ResetLimit(int maxMails, Duration window) {

    public static final ResetLimit DEFAULT = new ResetLimit(3, Duration.ofHours(1));

    public ResetLimit {
        if (maxMails < 1) {
            throw new IllegalArgumentException("maxMails must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /** Links issued after this moment count against the limit. */
    public Instant countSince(Instant now) {
        return now.minus(window);
    }

    public boolean allowsAnother(long issuedInWindow) {
        return issuedInWindow < maxMails;
    }
}
