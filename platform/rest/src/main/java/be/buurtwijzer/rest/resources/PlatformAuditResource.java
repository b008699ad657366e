package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.audit.AuditEntryDetails;
import be.buurtwijzer.core.application.audit.AuditReader;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The platform's audit trail, for platform administrators. */
@Path("v1/admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditReader reader;

    @GET
    public Page<AuditEntryDetails> platformTrail(@BeanParam TenantAuditResource.Filter filter) {
        return reader.platformTrail(caller.get(), filter.query());
    }
}
