package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.MunicipalityIdentity;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The municipality's logo and colour: every member reads them, its administrator changes them. The
 * logo travels as the picture itself (PNG or JPEG), not inside JSON.
 */
@Path("v1/tenants/{tenant}/identity")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

    /** The colour (null or empty: none) and the version last read (0 before the first change). */
    public record ColourInput(String colour, Long version) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    MunicipalityIdentity identity;

    @GET
    public MunicipalityIdentity.Identity get(@PathParam("tenant") String tenant) {
        return identity.get(caller.get(), tenant);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MunicipalityIdentity.Identity colour(@PathParam("tenant") String tenant, ColourInput input) {
        if (input == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read (0 for the first)");
        }
        return identity.change(caller.get(), tenant, new MunicipalityIdentity.Change(input.colour(), null, false,
                input.version()));
    }

    @GET
    @Path("logo")
    // any Accept, like the exports: the answer is the PNG itself, or a problem
    @Produces(MediaType.WILDCARD)
    public Response logo(@PathParam("tenant") String tenant) {
        byte[] logo = identity.logo(caller.get(), tenant).orElseThrow(() -> new NotFoundException("logo", tenant));
        return Response.ok(logo, "image/png").header("Cache-Control", "private, max-age=60").build();
    }

    @POST
    @Path("logo")
    // any type: the picture is judged by its content, and a non-member gets the same 404 as everywhere
    @Consumes(MediaType.WILDCARD)
    public MunicipalityIdentity.Identity upload(@PathParam("tenant") String tenant, @QueryParam("version") Long version,
            byte[] picture) {
        MunicipalityIdentity.Identity now = identity.get(caller.get(), tenant);
        return identity.change(caller.get(), tenant, new MunicipalityIdentity.Change(now.colour(),
                picture == null ? new byte[0] : picture, false, version));
    }

    @DELETE
    @Path("logo")
    public MunicipalityIdentity.Identity remove(@PathParam("tenant") String tenant, @QueryParam("version") Long version) {
        MunicipalityIdentity.Identity now = identity.get(caller.get(), tenant);
        return identity.change(caller.get(), tenant, new MunicipalityIdentity.Change(now.colour(), null, true, version));
    }
}
