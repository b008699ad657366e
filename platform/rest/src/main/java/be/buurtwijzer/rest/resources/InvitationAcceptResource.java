package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.Invitations;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The invited person's side. Reading an invitation and creating an account for it need no log-in
 * (the token is the proof); accepting with an existing account needs that account's log-in.
 */
@Path("v1/invitations/{token}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationAcceptResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Invitations invitations;

    @Context
    HttpHeaders headers;

    @GET
    public Invitations.Invited describe(@PathParam("token") String token) {
        return invitations.describe(token);
    }

    @POST
    @Path("accept")
    public Map<String, String> accept(@PathParam("token") String token) {
        return Map.of("municipality", invitations.accept(caller.get(), token));
    }

    /** {@code {"displayName": "…", "password": "…"}}: a new account for the invited address, then a member. */
    @POST
    @Path("account")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAccount(@PathParam("token") String token, Invitations.NewAccount account) {
        invitations.acceptWithNewAccount(token, account, Languages.of(headers));
        return Response.status(201).entity(Map.of("municipality", invitations.describe(token).municipalitySlug()))
                .build();
    }
}
