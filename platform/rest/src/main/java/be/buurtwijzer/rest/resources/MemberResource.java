package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.MemberInput;
import be.buurtwijzer.core.application.admin.MemberView;
import be.buurtwijzer.core.application.admin.MembershipService;
import be.buurtwijzer.core.application.admin.RoleChange;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A tenant administrator manages the members of their municipality and their roles. */
@Path("v1/tenants/{tenant}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MembershipService memberships;

    @Context
    UriInfo uriInfo;

    @GET
    public List<MemberView> list(@PathParam("tenant") String tenant) {
        return memberships.list(caller.get(), tenant);
    }

    @POST
    public Response add(@PathParam("tenant") String tenant, MemberInput input) {
        MemberView member = memberships.add(caller.get(), tenant, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(member.userId()).build()).entity(member).build();
    }

    @PUT
    @Path("{userId}")
    public MemberView changeRole(@PathParam("tenant") String tenant, @PathParam("userId") String userId,
            RoleChange change) {
        return memberships.changeRole(caller.get(), tenant, userId, change);
    }

    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("tenant") String tenant, @PathParam("userId") String userId) {
        memberships.remove(caller.get(), tenant, userId);
        return Response.noContent().build();
    }
}
