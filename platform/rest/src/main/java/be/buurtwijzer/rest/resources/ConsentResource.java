package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.privacy.ConsentInput;
import be.buurtwijzer.core.application.privacy.ConsentService;
import be.buurtwijzer.core.application.privacy.ConsentDetails;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Proof of consent in a municipality, for its coordinators and administrators. */
@Path("v1/tenants/{tenant}/consents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ConsentService consents;

    @GET
    public List<ConsentDetails> list(@PathParam("tenant") String tenant, @QueryParam("purpose") String purpose) {
        return consents.list(caller.get(), tenant, purpose);
    }

    /** Records a consent, e.g. from a signed form: the purpose, the person, the exact words and their version. */
    @POST
    public Response give(@PathParam("tenant") String tenant, ConsentInput input) {
        return Response.status(Response.Status.CREATED).entity(consents.give(caller.get(), tenant, input)).build();
    }

    /** Records the withdrawal; withdrawing again changes nothing. */
    @POST
    @Path("{id}/withdrawal")
    public ConsentDetails withdraw(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return consents.withdraw(caller.get(), tenant, id);
    }
}
