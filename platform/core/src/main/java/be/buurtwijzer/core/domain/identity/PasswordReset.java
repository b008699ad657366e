package be.buurtwijzer.core.domain.identity;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A link that lets the owner of an address choose a new password. It works once, for
 * {@link #VALID_FOR}, and only while the account's credentials are those it was issued for: any
 * password change (through this link, another one, the owner or an administrator) ends every link
 * issued before. Only the token's hash is stored.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    public enum Status {
        OPEN, USED, EXPIRED, SUPERSEDED
    }

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The account's credentials version when the link was issued. */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(UserAccount user, String tokenHash, Instant now) {
        this.userId = user.getId();
        this.tokenHash = tokenHash;
        this.credentialsVersion = user.getCredentialsVersion();
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public Status status(Instant now, UserAccount user) {
        if (usedAt != null) {
            return Status.USED;
        }
        if (user == null || !user.getId().equals(userId) || user.getCredentialsVersion() != credentialsVersion) {
            return Status.SUPERSEDED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    /**
     * Sets the new password with this link: the account's lock is lifted (its owner proved they hold the
     * address), a one-time password no longer needs replacing, and every other link ends with the old
     * credentials.
     */
    public void apply(UserAccount user, String newHash, Instant now) {
        if (status(now, user) != Status.OPEN) {
            throw new IllegalStateException("this link is " + status(now, user));
        }
        user.changePassword(newHash, false);
        user.unlock();
        usedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
