package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.MyAccount;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import be.buurtwijzer.core.application.security.Passwords;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who is calling, and the municipalities they may open. */
@Path("v1/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MyAccount account;

    @Inject
    Passwords passwords;

    @Context
    HttpHeaders headers;

    /** Also with a one-time password, so a client can see that it must be changed ({@code mustChangePassword}). */
    @GET
    public MyAccount.Me me() {
        return account.describe(caller.getAllowingOneTimePassword());
    }

    /** Changes one's own password: {@code {"currentPassword": "…", "newPassword": "…"}}; every other session ends. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(Passwords.Change change) {
        passwords.changeOwn(caller.getAllowingOneTimePassword(), change, Languages.of(headers));
        return Response.noContent().build();
    }
}
