package be.buurtwijzer.core.domain.audit;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Who did what to which entity, when, and what changed (a JSON object of field changes). */
@MappedSuperclass
public abstract class AuditRecord {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Column(name = "actor_email", nullable = false, length = 254)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Lob
    @Column(name = "changes", nullable = false)
    private String changes;

    protected AuditRecord() {
    }

    protected AuditRecord(Instant occurredAt, String actorId, String actorEmail, AuditAction action,
            String entityType, String entityId, String changes) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = changes;
    }

    public String getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getChanges() {
        return changes;
    }

    /**
     * The one change an audit entry allows: blanking a person who asked to be erased, or content that
     * outlived its retention. Who acted and when stay.
     */
    public void redactChanges(String redacted) {
        this.changes = redacted;
    }

    /** Blanks the acting user's address when their account is erased; the account id stays as a pseudonym. */
    public void redactActorEmail(String replacement) {
        this.actorEmail = replacement;
    }
}
