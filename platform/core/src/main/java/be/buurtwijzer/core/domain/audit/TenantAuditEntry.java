package be.buurtwijzer.core.domain.audit;

import be.buurtwijzer.core.domain.shared.TenantContext;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An audit entry of one municipality: readable only inside it. */
@Entity
@Table(name = "tenant_audit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantContext.COLUMN, contextProperty = TenantContext.PROPERTY, length = 36)
public class TenantAuditEntry extends AuditRecord {

    protected TenantAuditEntry() {
    }

    public TenantAuditEntry(Instant occurredAt, String actorId, String actorEmail, AuditAction action,
            String entityType, String entityId, String changes) {
        super(occurredAt, actorId, actorEmail, action, entityType, entityId, changes);
    }
}
