package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
@Transactional
public class TenantSettingsService {

    @Inject
    TenantGate tenantGate;

    @jakarta.persistence.PersistenceContext(unitName = "buurtwijzer")
    jakarta.persistence.EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    public TenantDetails get(Caller caller, String slug) {
        tenantGate.enter(caller, slug, TenantPermission.READ);
        return TenantDetails.of(tenantGate.findTenant(slug));
    }

    public TenantDetails update(Caller caller, String slug, TenantSettings settings) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_SETTINGS);
        settings = validator.check(settings);
        if (settings.version() == null) {
            throw InvalidInputException.of("version", "is required for an update: send the version you last read");
        }
        Tenant tenant = tenantGate.findTenant(slug);
        if (tenant.getVersion() != settings.version()) {
            throw ConflictException.staleVersion("municipality", tenant.getVersion());
        }
        Map<String, Object> before = tenant.auditState();
        tenant.setName(settings.name().trim());
        tenant.setDefaultLocale(settings.defaultLocale());
        var changes = Changes.between(before, tenant.auditState());
        if (!changes.isEmpty()) {
            Conflicts.flush(em, "municipality");
            audit.tenant(access, AuditAction.UPDATE, "settings", tenant.getId(), changes);
        }
        return TenantDetails.of(tenant);
    }
}
