package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.InvitationDelivery;
import be.buurtwijzer.core.application.admin.InvitationInput;
import be.buurtwijzer.core.application.admin.InvitationDetails;
import be.buurtwijzer.core.application.admin.Invitations;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A tenant administrator invites people into the municipality, sees the open invitations and revokes them. */
@Path("v1/tenants/{tenant}/invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Invitations invitations;

    @Inject
    InvitationDelivery delivery;

    @Context
    UriInfo uriInfo;

    /**
     * Mails the invitation link to the address; {@code delivery} says whether it left. When it did not
     * ({@code NOT_CONFIGURED}, {@code FAILED}), the answer carries the {@code token} and {@code link} once:
     * pass the link on yourself.
     */
    @POST
    public Response invite(@PathParam("tenant") String tenant, InvitationInput input) {
        InvitationDetails invitation = delivery.invite(caller.get(), tenant, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(invitation.id()).build()).entity(invitation)
                .build();
    }

    @GET
    public List<InvitationDetails> open(@PathParam("tenant") String tenant) {
        return invitations.open(caller.get(), tenant);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        invitations.revoke(caller.get(), tenant, id);
        return Response.noContent().build();
    }
}
