package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.privacy.ErasureReport;
import be.buurtwijzer.core.application.privacy.PrivacyService;
import be.buurtwijzer.core.application.privacy.ProcessingActivity;
import be.buurtwijzer.core.application.privacy.RetentionChange;
import be.buurtwijzer.core.application.privacy.RetentionService;
import be.buurtwijzer.core.application.privacy.SubjectFindings;
import be.buurtwijzer.core.application.privacy.SubjectQuery;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Data-subject requests of a municipality, for its administrator. The person travels in the body, never in
 * the address, so that names and e-mail addresses stay out of access logs.
 */
@Path("v1/tenants/{tenant}/personal-data")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    CurrentCaller caller;

    @Inject
    PrivacyService privacy;

    @Inject
    RetentionService retention;

    /** Where the municipality holds data about the person. */
    @POST
    @Path("search")
    public SubjectFindings search(@PathParam("tenant") String tenant, SubjectQuery query) {
        return privacy.find(caller.get(), tenant, query);
    }

    /** Everything held about the person: JSON ({@code format=json}, the default) or a readable PDF. */
    @POST
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response export(@PathParam("tenant") String tenant, @QueryParam("format") String format, SubjectQuery query) {
        if (format != null && !format.equals("json") && !format.equals("pdf")) {
            throw be.buurtwijzer.core.application.shared.InvalidInputException.of("format", "is json or pdf");
        }
        String name = "persoonsgegevens-" + LocalDate.now(BRUSSELS);
        if ("pdf".equals(format)) {
            return Response.ok(privacy.exportPdf(caller.get(), tenant, query), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
        }
        return Response.ok(privacy.export(caller.get(), tenant, query).toString(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
    }

    /** Erases or anonymises everything about the person; safe to run again. */
    @POST
    @Path("erasure")
    public ErasureReport erase(@PathParam("tenant") String tenant, SubjectQuery query) {
        return privacy.erase(caller.get(), tenant, query);
    }

    /**
     * The municipality's processing register (GDPR art. 30): JSON, or {@code format=csv} for Excel in
     * Belgium (semicolons, UTF-8 with a byte order mark).
     */
    @GET
    @Path("processing-register")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response processingRegister(@PathParam("tenant") String tenant, @QueryParam("format") String format) {
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw be.buurtwijzer.core.application.shared.InvalidInputException.of("format", "is json or csv");
        }
        if (!"csv".equals(format)) {
            return Response.ok(retention.register(caller.get(), tenant), MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(retention.registerCsv(caller.get(), tenant), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"verwerkingsregister-" + LocalDate.now(BRUSSELS) + ".csv\"").build();
    }

    /** The municipality's own retention for one kind of record of one instrument, in days (30 to 3650). */
    @PUT
    @Path("retention/{plugin}/{kind}")
    public ProcessingActivity setRetention(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, RetentionChange change) {
        return retention.override(caller.get(), tenant, plugin, kind, change);
    }

    /** Back to the retention the instrument declared. */
    @DELETE
    @Path("retention/{plugin}/{kind}")
    public ProcessingActivity resetRetention(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind) {
        return retention.reset(caller.get(), tenant, plugin, kind);
    }
}
