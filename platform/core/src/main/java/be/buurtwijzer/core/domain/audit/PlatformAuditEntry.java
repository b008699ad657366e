package be.buurtwijzer.core.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit entry of the platform: municipalities, platform users, administrators. */
@Entity
@Table(name = "platform_audit")
public class PlatformAuditEntry extends AuditRecord {

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    protected PlatformAuditEntry() {
    }

    public PlatformAuditEntry(Instant occurredAt, String actorId, String actorEmail, AuditAction action,
            String entityType, String entityId, String tenantId, String changes) {
        super(occurredAt, actorId, actorEmail, action, entityType, entityId, changes);
        this.tenantId = tenantId;
    }

    public String getTenantId() {
        return tenantId;
    }
}
