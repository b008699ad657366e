package be.buurtwijzer.core.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/** Identity, optimistic version and who/when of an entity that users edit. */
@MappedSuperclass
public abstract class TrackedEntity {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    public void touch(String who, Instant when) {
        if (createdAt == null) {
            createdAt = when;
            createdBy = who;
        }
        updatedAt = when;
        updatedBy = who;
    }

    /** The fields an audit entry compares, by their API names. */
    public abstract Map<String, Object> auditState();

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
