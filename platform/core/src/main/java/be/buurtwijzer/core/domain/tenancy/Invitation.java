package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An invitation to join a municipality with a role. Like a membership it is access-control data
 * with an explicit tenant id. The token travels to the invited person; only its hash is stored.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    public enum Status {
        OPEN, ACCEPTED, REVOKED, EXPIRED
    }

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TenantRole role;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** tenant and address while open, null after: one open invitation per address and municipality. */
    @Column(name = "open_key", length = 300)
    private String openKey;

    @Column(name = "invited_by", nullable = false, length = 254)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 36)
    private String acceptedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(String tenantId, String email, TenantRole role, String tokenHash, String invitedBy, Instant now) {
        this.tenantId = tenantId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.openKey = openKey(tenantId, email);
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public static String openKey(String tenantId, String email) {
        return tenantId + ":" + email;
    }

    public Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    public void accept(String userId, Instant now) {
        acceptedAt = now;
        acceptedBy = userId;
        openKey = null;
    }

    public void revoke(Instant now) {
        revokedAt = now;
        openKey = null;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public TenantRole getRole() {
        return role;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public long getVersion() {
        return version;
    }
}
