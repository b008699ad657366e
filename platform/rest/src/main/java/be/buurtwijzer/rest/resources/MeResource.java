package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.MyAccount;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who is calling, and the municipalities they may open. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MyAccount account;

    @GET
    public MyAccount.Me me() {
        return account.describe(caller.get());
    }
}
