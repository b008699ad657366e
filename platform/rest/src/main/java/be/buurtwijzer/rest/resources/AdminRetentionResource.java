package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.privacy.RetentionService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The retention purge, run now by a platform administrator rather than at its daily time. */
@Path("v1/admin/retention")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRetentionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RetentionService retention;

    @POST
    @Path("purge")
    public JsonObject purge() {
        return Json.createObjectBuilder().add("purged", retention.purgeNow(caller.get())).build();
    }
}
