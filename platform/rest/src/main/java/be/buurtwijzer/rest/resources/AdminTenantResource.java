package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.AdministratorInput;
import be.buurtwijzer.core.application.admin.MemberDetails;
import be.buurtwijzer.core.application.admin.TenantAdministration;
import be.buurtwijzer.core.application.admin.TenantInput;
import be.buurtwijzer.core.application.admin.TenantUpdate;
import be.buurtwijzer.core.application.admin.TenantDetails;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The platform administrator's municipalities and their administrators. */
@Path("v1/admin/tenants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminTenantResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantAdministration administration;

    @Context
    UriInfo uriInfo;

    @GET
    public List<TenantDetails> list() {
        return administration.list(caller.get());
    }

    @POST
    public Response create(TenantInput input) {
        TenantDetails tenant = administration.create(caller.get(), input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(tenant.slug()).build()).entity(tenant).build();
    }

    @GET
    @Path("{slug}")
    public TenantDetails get(@PathParam("slug") String slug) {
        return administration.get(caller.get(), slug);
    }

    @PUT
    @Path("{slug}")
    public TenantDetails update(@PathParam("slug") String slug, TenantUpdate input) {
        return administration.update(caller.get(), slug, input);
    }

    @GET
    @Path("{slug}/administrators")
    public List<MemberDetails> administrators(@PathParam("slug") String slug) {
        return administration.administrators(caller.get(), slug);
    }

    @POST
    @Path("{slug}/administrators")
    public Response addAdministrator(@PathParam("slug") String slug, AdministratorInput input) {
        MemberDetails member = administration.addAdministrator(caller.get(), slug, input);
        return Response.status(Response.Status.CREATED).entity(member).build();
    }

    @DELETE
    @Path("{slug}/administrators/{userId}")
    public Response removeAdministrator(@PathParam("slug") String slug, @PathParam("userId") String userId) {
        administration.removeAdministrator(caller.get(), slug, userId);
        return Response.noContent().build();
    }
}
