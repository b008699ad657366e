package be.buurtwijzer.core.domain.identity;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who logs in. The password exists only as a PBKDF2 hash. Log-in failures are counted by
 * atomic updates in the database ({@code LoginAttempts}), never through this entity, so concurrent
 * guesses cannot lose a count. {@link #credentialsVersion} goes up with every password change: a
 * session that started with an older one has ended.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role", length = 32)
    private PlatformRole platformRole;

    @Column(name = "preferred_locale", length = 8)
    private String preferredLocale;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "lock_notice_at")
    private Instant lockNoticeAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isLocked(Instant now) {
        return isLocked(lockedUntil, now);
    }

    /** Whether an account locked until then is locked now. */
    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * A new password: every session that started with the old one ends, and a one-time password
     * ({@code oneTime}) must be replaced at the next log-in.
     */
    public void changePassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.mustChangePassword = oneTime;
        this.credentialsVersion++;
    }

    /**
     * An account whose person asked to be erased: no name, no address, no way to log in, no role; its id
     * stays as a pseudonym in the audit trail so that the trail still adds up.
     */
    public void anonymise(String neutralEmail, String neutralName, String hashOfAForgottenPassword) {
        this.email = neutralEmail;
        this.displayName = neutralName;
        this.passwordHash = hashOfAForgottenPassword;
        this.platformRole = null;
        this.organisationId = null;
        this.preferredLocale = null;
        this.mustChangePassword = false;
        this.lockedUntil = null;
        this.credentialsVersion++;
    }

    /** An administrator's reset also lifts a lock: the person starts again with a fresh password. */
    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public PlatformRole getPlatformRole() {
        return platformRole;
    }

    public void setPlatformRole(PlatformRole platformRole) {
        this.platformRole = platformRole;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    /** When the account was last locked by failed log-ins, until its owner has been told; else null. */
    public Instant getLockNoticeAt() {
        return lockNoticeAt;
    }

    public void lockNoticeSeen() {
        this.lockNoticeAt = null;
    }
}
