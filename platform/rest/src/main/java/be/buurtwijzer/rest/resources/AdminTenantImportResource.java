package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.lifecycle.ImportResult;
import be.buurtwijzer.core.application.lifecycle.TenantArchiveService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform administrator's municipality life cycle (a root of its own, matched before v1/admin/tenants/{slug}). */
@jakarta.ws.rs.Path("v1/admin/tenants/import")
@ApplicationScoped
public class AdminTenantImportResource {
    @Inject
    CurrentCaller caller;

    @Inject
    TenantArchiveService archives;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an archive (the zip as the body) as a new municipality with the query parameters "
            + "'slug' and 'name' (default: the archive's name); everything checked first, nothing written on a refusal")
    public Response importArchive(InputStream body, @QueryParam("slug") String slug, @QueryParam("name") String name) {
        archives.requireImporter(caller.get());
        Path file = null;
        try {
            file = Files.createTempFile("buurtwijzer-import-", ".zip");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            ImportResult result = archives.importArchive(caller.get(), file, slug, name);
            return Response.status(Response.Status.CREATED).entity(result).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }
}
