package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.lifecycle.TenantDeletionService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform administrator's municipality life cycle (a root of its own, matched before v1/admin/tenants/{slug}). */
@jakarta.ws.rs.Path("v1/admin/tenants/purge")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantPurgeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    TenantDeletionService deletions;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Purge now every municipality whose grace period is over (as the schedule does by itself)")
    public Map<String, List<String>> purge() {
        return Map.of("purged", deletions.purgeNow(caller.get()));
    }
}
