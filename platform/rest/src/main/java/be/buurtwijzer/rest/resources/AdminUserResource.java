package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.security.Passwords;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A platform administrator resets any account to a one-time password (answered once). */
@Path("v1/admin/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Passwords passwords;

    @POST
    @Path("{userId}/password-reset")
    public Map<String, String> resetPassword(@PathParam("userId") String userId) {
        return Map.of("oneTimePassword", passwords.resetAny(caller.get(), userId));
    }
}
