package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's role in one municipality. This is access-control data read before any tenant is
 * chosen (which municipalities may this person open?), so it carries its tenant id explicitly
 * instead of through EclipseLink multitenancy; every query on it names the tenant.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    /**
     * The same column as {@link #tenantId}, read only: it lets the tenant gate read a member's
     * municipality and role as one entity query (see Memberships.ofMember). Never written here.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tenant_id", insertable = false, updatable = false)
    private Tenant tenant;

    /**
     * The municipality's register stamp, read only and by the same column: the tenant gate reads it in its
     * statement, so that a kept register list needs no read of its own (see Memberships.ofMember). None for a
     * register that never changed through the platform.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id", insertable = false, updatable = false)
    private RegisterStamp registerStamp;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TenantRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(String tenantId, String userId, TenantRole role, Instant createdAt) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    /** The municipality, as read with the membership; only for the tenant gate's join. */
    public Tenant getTenant() {
        return tenant;
    }

    /** The register stamp, as read with the membership; only for the tenant gate's join. */
    public java.util.OptionalLong registerStamp() {
        return registerStamp == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(registerStamp.value());
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getUserId() {
        return userId;
    }

    public TenantRole getRole() {
        return role;
    }

    public void setRole(TenantRole role) {
        this.role = role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
