package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.TenantSettings;
import be.buurtwijzer.core.application.admin.TenantSettingsService;
import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The municipality's own settings: every member reads them, its administrator changes them. */
@Path("v1/tenants/{tenant}/settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantSettingsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantSettingsService settings;

    @GET
    public TenantDetails get(@PathParam("tenant") String tenant) {
        return settings.get(caller.get(), tenant);
    }

    @PUT
    public TenantDetails update(@PathParam("tenant") String tenant, TenantSettings input) {
        return settings.update(caller.get(), tenant, input);
    }
}
