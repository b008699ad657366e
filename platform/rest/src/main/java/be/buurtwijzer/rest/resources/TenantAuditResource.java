package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.audit.AuditEntryDetails;
import be.buurtwijzer.core.application.audit.AuditQuery;
import be.buurtwijzer.core.application.audit.AuditReader;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A municipality's audit trail, for its administrator; the latest changes to the shared work, for coordinators too. */
@Path("v1/tenants/{tenant}/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantAuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditReader reader;

    @Inject
    be.buurtwijzer.core.application.instruments.InstrumentCalls instruments;

    /** The audit filters as query parameters, shared with the platform's trail. */
    public static class Filter {
        @QueryParam("entityType")
        String entityType;
        @QueryParam("entityId")
        String entityId;
        @QueryParam("actor")
        String actor;
        @QueryParam("from")
        String from;
        @QueryParam("to")
        String to;
        @QueryParam("page")
        String page;
        @QueryParam("size")
        String size;

        public AuditQuery query() {
            return new AuditQuery(entityType, entityId, actor, from, to, page, size);
        }
    }

    @GET
    public Page<AuditEntryDetails> tenantTrail(@PathParam("tenant") String tenant, @BeanParam Filter filter) {
        return reader.tenantTrail(caller.get(), tenant, filter.query());
    }

    @GET
    @Path("recent-work")
    public java.util.List<AuditEntryDetails> recentWork(@PathParam("tenant") String tenant,
            @QueryParam("size") @jakarta.ws.rs.DefaultValue("5") String size) {
        int limit;
        try {
            limit = Integer.parseInt(size.trim());
        } catch (NumberFormatException notANumber) {
            throw be.buurtwijzer.core.application.shared.InvalidInputException.of("size", "must be a whole number");
        }
        return instruments.recentWork(caller.get(), tenant, limit);
    }
}
