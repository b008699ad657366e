package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.lifecycle.ExportTicket;
import be.buurtwijzer.core.application.lifecycle.TenantArchiveService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A tenant administrator's export of their own municipality as one archive (zip), streamed. */
@Path("v1/tenants/{tenant}/export")
@ApplicationScoped
public class TenantExportResource {

    static final String ZIP = "application/zip";

    @Inject
    CurrentCaller caller;

    @Inject
    TenantArchiveService archives;

    @GET
    @Produces({ZIP, "application/json"})
    @Operation(summary = "The municipality as one archive (zip: manifest with checksums, settings, members without "
            + "passwords, register, audit trail, subscriptions, every instrument's records); tenant administrator")
    public Response export(@PathParam("tenant") String tenant) {
        return download(archives, archives.exportOwn(caller.get(), tenant));
    }

    /** The streamed zip of a checked ticket, as an attachment named after the municipality and the day. */
    static Response download(TenantArchiveService archives, ExportTicket ticket) {
        StreamingOutput body = out -> archives.write(ticket, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\""
                        + ticket.fileName(LocalDate.now(Clock.system(ZoneId.of("Europe/Brussels")))) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
