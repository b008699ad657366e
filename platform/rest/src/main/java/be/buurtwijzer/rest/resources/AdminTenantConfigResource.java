package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.rest.security.CurrentCaller;
import be.buurtwijzer.tenantconfig.application.ApplyReport;
import be.buurtwijzer.tenantconfig.application.TenantConfigApplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Re-applies the tenant configuration directory without a restart (platform administrators). */
@Path("v1/admin/tenant-config/apply")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantConfigResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantConfigApplier applier;

    @POST
    public ApplyReport apply() {
        return applier.applyConfigured(caller.get()).orElseThrow(() ->
                new NotFoundException("tenant configuration directory", "BUURTWIJZER_TENANT_CONFIG (not set)"));
    }
}
