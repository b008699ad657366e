package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.identity.UserAccount;
import java.time.Instant;

/**
 * What a log-in checks of an account and makes of it: the stored hash (a remembered password holds only against
 * it), the lock, the failures to reset, and the caller with the language its person chose.
 */
public record AccountAtLogIn(String id, String email, String displayName, String passwordHash,
        PlatformRole platformRole, String preferredLocale, int failedLogins, Instant lockedUntil,
        long credentialsVersion, boolean mustChangePassword) {

    public static AccountAtLogIn of(UserAccount account) {
        return new AccountAtLogIn(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.getPlatformRole(), account.getPreferredLocale(),
                account.getFailedLogins(), account.getLockedUntil(), account.getCredentialsVersion(),
                account.isMustChangePassword());
    }

    public boolean isLocked(Instant now) {
        return UserAccount.isLocked(lockedUntil, now);
    }

    /** Without the stored hash: a record's own text would print it into any log or message it reaches. */
    @Override
    public String toString() {
        return "AccountAtLogIn[id=" + id + ", email=" + email + ", locked until " + lockedUntil + "]";
    }

    public Caller caller() {
        return new Caller(id, email, displayName, platformRole, false, credentialsVersion, mustChangePassword);
    }
}
