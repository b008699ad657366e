package be.buurtwijzer.core.application.lifecycle;

import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A platform administrator schedules the deletion of a municipality: it is closed at once (nobody
 * enters it) and kept for the installation's grace period ({@value #GRACE_PROPERTY}, default 30
 * days), during which it can be restored or exported. After it, {@link #purgeDue()} removes every
 * row of it ({@link TenantPurge}); that runs at start-up and periodically, on any number of nodes.
 */
@ApplicationScoped
public class TenantDeletionService {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    private static final Logger LOG = Logger.getLogger(TenantDeletionService.class.getName());
    public static final String GRACE_PROPERTY = "buurtwijzer.tenant.deletion-grace-days";

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;


    @Inject
    AuditTrail audit;

    @Inject
    TenantPurge purge;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = GRACE_PROPERTY, defaultValue = "30")
    int graceDays;

    public Duration grace() {
        return Duration.ofDays(Math.max(0, graceDays));
    }

    @Transactional
    public TenantDetails schedule(Caller caller, String slug) {
        Caller checked = platform.administrator(caller);
        Tenant tenant = tenantGate.findTenant(slug);
        if (tenant.isClosed()) {
            throw new ConflictException("The deletion of '" + tenant.getName() + "' is already scheduled for "
                    + tenant.getDeletionDueAt() + ".").withCode("deletion-scheduled", tenant.getName());
        }
        Instant now = clock.instant();
        Map<String, Object> before = tenant.auditState();
        tenant.scheduleDeletion(now, now.plus(grace()));
        tenantGate.forgetEarlierEntries();
        Conflicts.flush(em, "municipality");
        Map<String, Object> after = new LinkedHashMap<>(tenant.auditState());
        after.put("deletionDueAt", tenant.getDeletionDueAt().toString());
        audit.platform(checked, AuditAction.UPDATE, "tenant-deletion", tenant.getId(), tenant.getId(),
                Changes.between(before, after));
        return TenantDetails.of(tenant);
    }

    @Transactional
    public TenantDetails restore(Caller caller, String slug) {
        Caller checked = platform.administrator(caller);
        Tenant tenant = tenantGate.findTenant(slug);
        if (!tenant.isClosed()) {
            throw new ConflictException("'" + tenant.getName() + "' is not scheduled for deletion.")
                    .withCode("deletion-not-scheduled", tenant.getName());
        }
        Map<String, Object> before = tenant.auditState();
        tenant.restore();
        tenantGate.forgetEarlierEntries();
        Conflicts.flush(em, "municipality");
        audit.platform(checked, AuditAction.UPDATE, "tenant-deletion", tenant.getId(), tenant.getId(),
                Changes.between(before, tenant.auditState()));
        return TenantDetails.of(tenant);
    }

    /** A platform administrator runs the purge now (what the schedule does by itself); the slugs purged. */
    public List<String> purgeNow(Caller caller) {
        platform.administrator(caller);
        return purgeDue();
    }

    /** Purges every municipality whose grace period is over; each in a transaction of its own. */
    public List<String> purgeDue() {
        List<String> purged = new java.util.ArrayList<>();
        for (String tenantId : purge.due()) {
            try {
                Optional<String> slug = purge.purge(tenantId);
                slug.ifPresent(s -> LOG.info("Purged the municipality '" + s + "' (its grace period ended)."));
                slug.ifPresent(purged::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Purging municipality " + tenantId + " failed; trying again later", e);
            }
        }
        return purged;
    }
}
