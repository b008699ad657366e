package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.register.ActorInput;
import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.ActorDetails;
import be.buurtwijzer.core.application.shared.Page;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The actors of a municipality's register. The slug in the path is only a request: the
 * service's tenant gate decides whether the caller may enter that municipality.
 */
@Path("v1/tenants/{tenant}/actors")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActorResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ActorService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List, filter and sort",
            description = "q: part of the name; page (from 0), size (1-200); sort: a field, '-' in front for descending. "
                    + "Filters: kind, sector, operatingArea.")
    public Page<ActorDetails> list(@PathParam("tenant") String tenant,
            @QueryParam("q") @Parameter(description = "part of the name") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return service.list(caller.get(), tenant, RegisterRequests.listQuery(uriInfo));
    }

    @GET
    @Path("{id}")
    public ActorDetails get(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return service.get(caller.get(), tenant, id);
    }

    @POST
    public Response create(@PathParam("tenant") String tenant, ActorInput input) {
        ActorDetails created = service.create(caller.get(), tenant, input);
        return RegisterRequests.created(uriInfo, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update", description = "Send the version you read; a stale version answers 409 and changes nothing.")
    public ActorDetails update(@PathParam("tenant") String tenant, @PathParam("id") String id, ActorInput input) {
        return service.update(caller.get(), tenant, id, input);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        service.delete(caller.get(), tenant, id);
        return Response.noContent().build();
    }
}
