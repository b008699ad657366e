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
 * A person who logs in. The password exists only as a PBKDF2 hash. There is deliberately no
 * optimistic version: log-in counters are written by concurrent requests and the last write
 * may win.
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
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void loginFailed(Instant now, LoginThrottle throttle) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        Instant until = throttle.lockedUntil(failedLogins, now);
        if (until != null) {
            lockedUntil = until;
        }
    }

    /** @return whether anything changed (so a successful log-in usually writes nothing) */
    public boolean loginSucceeded() {
        if (failedLogins == 0 && lockedUntil == null) {
            return false;
        }
        failedLogins = 0;
        lockedUntil = null;
        return true;
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

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
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
}
