package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A municipality: the unit of isolation. Platform-level, so not itself multitenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "default_locale", nullable = false, length = 8)
    private String defaultLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Column(name = "deletion_scheduled_at")
    private Instant deletionScheduledAt;

    @Column(name = "deletion_due_at")
    private Instant deletionDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_deletion", length = 16)
    private TenantStatus statusBeforeDeletion;

    protected Tenant() {
    }

    public Tenant(String slug, String name, String defaultLocale, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.defaultLocale = defaultLocale;
        this.createdAt = createdAt;
    }

    public boolean isActive() {
        return status.letsMembersIn();
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("slug", slug);
        state.put("name", name);
        state.put("status", status);
        state.put("defaultLocale", defaultLocale);
        return state;
    }

    /** Closes the municipality at once; its data is purged after {@code due}. */
    public void scheduleDeletion(Instant now, Instant due) {
        if (status == TenantStatus.CLOSED) {
            throw new IllegalStateException("already scheduled for deletion");
        }
        statusBeforeDeletion = status;
        status = TenantStatus.CLOSED;
        deletionScheduledAt = now;
        deletionDueAt = due;
    }

    /** Cancels a scheduled deletion: the municipality is as it was before (active or suspended). */
    public void restore() {
        if (status != TenantStatus.CLOSED) {
            throw new IllegalStateException("not scheduled for deletion");
        }
        status = statusBeforeDeletion == null ? TenantStatus.ACTIVE : statusBeforeDeletion;
        statusBeforeDeletion = null;
        deletionScheduledAt = null;
        deletionDueAt = null;
    }

    public boolean isClosed() {
        return status.closedToAll();
    }

    public Instant getDeletionScheduledAt() {
        return deletionScheduledAt;
    }

    public Instant getDeletionDueAt() {
        return deletionDueAt;
    }

    public String getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public void setStatus(TenantStatus status) {
        this.status = status;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
