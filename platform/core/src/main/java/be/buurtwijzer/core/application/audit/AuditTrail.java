package be.buurtwijzer.core.application.audit;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Change;
import be.buurtwijzer.core.domain.audit.PlatformAuditEntry;
import be.buurtwijzer.core.domain.audit.TenantAuditEntry;
import be.buurtwijzer.core.infrastructure.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/** Writes audit entries in the transaction of the change they describe: both land or neither. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    Clock clock;

    public void tenant(TenantAccess access, AuditAction action, String entityType, String entityId,
            Map<String, Change> changes) {
        Caller caller = access.caller();
        em.persist(new TenantAuditEntry(clock.instant(), caller.userId(), caller.email(), action, entityType, entityId,
                Json.write(changes)));
    }

    /**
     * Keeps who changed these entities and when, not what: for records that were erased or outlived their
     * retention, whose content the history would otherwise keep. In the bound municipality, in batches.
     */
    public void forgetContent(java.util.List<String> entityIds) {
        for (int i = 0; i < entityIds.size(); i += 500) {
            em.createQuery("SELECT e FROM TenantAuditEntry e WHERE e.entityId IN :ids", TenantAuditEntry.class)
                    .setParameter("ids", entityIds.subList(i, Math.min(entityIds.size(), i + 500))).getResultList()
                    .forEach(e -> e.redactChanges("{}"));
        }
    }

    public void platform(Caller caller, AuditAction action, String entityType, String entityId, String tenantId,
            Map<String, Change> changes) {
        em.persist(new PlatformAuditEntry(clock.instant(), caller.userId(), caller.email(), action, entityType,
                entityId, tenantId, Json.write(changes)));
    }
}
