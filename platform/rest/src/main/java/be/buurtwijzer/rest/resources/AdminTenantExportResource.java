package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.lifecycle.TenantArchiveService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform administrator's municipality life cycle (a root of its own, matched before v1/admin/tenants/{slug}). */
@jakarta.ws.rs.Path("v1/admin/tenants/{slug}/export")
@ApplicationScoped
public class AdminTenantExportResource {
    @Inject
    CurrentCaller caller;

    @Inject
    TenantArchiveService archives;

    @GET
    @Produces({TenantExportResource.ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "Any municipality as one archive (zip), also one closed for deletion; platform administrator")
    public Response export(@PathParam("slug") String slug) {
        return TenantExportResource.download(archives, archives.exportAsPlatform(caller.get(), slug));
    }
}
