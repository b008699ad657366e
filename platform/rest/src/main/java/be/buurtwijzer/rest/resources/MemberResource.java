package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.MemberDetails;
import be.buurtwijzer.core.application.admin.MembershipService;
import be.buurtwijzer.core.application.admin.RoleChange;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** A tenant administrator manages the members of their municipality and their roles (people join by invitation). */
@Path("v1/tenants/{tenant}/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MembershipService memberships;

    @Inject
    be.buurtwijzer.core.application.security.Passwords passwords;

    @GET
    public List<MemberDetails> list(@PathParam("tenant") String tenant) {
        return memberships.list(caller.get(), tenant);
    }

    @PUT
    @Path("{userId}")
    public MemberDetails changeRole(@PathParam("tenant") String tenant, @PathParam("userId") String userId,
            RoleChange change) {
        return memberships.changeRole(caller.get(), tenant, userId, change);
    }

    /** A new one-time password for a member who belongs to this municipality only (answered once). */
    @POST
    @Path("{userId}/password-reset")
    public Map<String, String> resetPassword(@PathParam("tenant") String tenant, @PathParam("userId") String userId) {
        return Map.of("oneTimePassword", passwords.resetMember(caller.get(), tenant, userId));
    }

    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("tenant") String tenant, @PathParam("userId") String userId) {
        memberships.remove(caller.get(), tenant, userId);
        return Response.noContent().build();
    }
}
