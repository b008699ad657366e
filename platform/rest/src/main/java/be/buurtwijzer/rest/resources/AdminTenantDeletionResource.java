package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.core.application.lifecycle.TenantDeletionService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.file.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform administrator's municipality life cycle (a root of its own, matched before v1/admin/tenants/{slug}). */
@jakarta.ws.rs.Path("v1/admin/tenants/{slug}/deletion")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantDeletionResource {
    @Inject
    CurrentCaller caller;

    @Inject
    TenantDeletionService deletions;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Schedule the municipality's deletion: closed at once, purged after the grace period "
            + "(deletionDueAt in the answer)")
    public TenantDetails schedule(@PathParam("slug") String slug) {
        return deletions.schedule(caller.get(), slug);
    }

    @DELETE
    @Operation(summary = "Restore a municipality scheduled for deletion, within its grace period")
    public TenantDetails restore(@PathParam("slug") String slug) {
        return deletions.restore(caller.get(), slug);
    }
}
