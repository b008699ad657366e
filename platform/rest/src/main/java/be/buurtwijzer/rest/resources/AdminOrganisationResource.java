package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.AdministratorInput;
import be.buurtwijzer.core.application.releases.SupportOrganisations;
import be.buurtwijzer.core.application.releases.PublishingViews;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Support organisations and their publishers (platform administrators). */
@Path("v1/admin/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminOrganisationResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SupportOrganisations organisations;

    @GET
    public List<PublishingViews.Organisation> organisations() {
        return organisations.organisations(caller.get());
    }

    @POST
    public Response createOrganisation(PublishingViews.OrganisationInput input) {
        return Response.status(Response.Status.CREATED).entity(organisations.createOrganisation(caller.get(), input))
                .build();
    }

    @POST
    @Path("{id}/publishers")
    @Operation(summary = "Make a person a publisher of this organisation (a new account gets a one-time password)")
    public Response addPublisher(@PathParam("id") String id, AdministratorInput input) {
        return Response.status(Response.Status.CREATED).entity(organisations.addPublisher(caller.get(), id, input))
                .build();
    }

    @GET
    @Path("{id}/publishers")
    @Operation(summary = "The publishers of this organisation")
    public List<PublishingViews.Publisher> publishers(@PathParam("id") String id) {
        return organisations.publishersOf(caller.get(), id);
    }

    @GET
    @Path("{id}/keys")
    @Operation(summary = "The signing keys of this organisation, active and revoked")
    public List<PublishingViews.Key> keys(@PathParam("id") String id) {
        return organisations.keysOf(caller.get(), id);
    }

    @POST
    @Path("{id}/keys/{keyId}/revoke")
    @Operation(summary = "Revoke a key of this organisation (for example when it was compromised)")
    public PublishingViews.Key revokeKey(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        organisations.keysOf(caller.get(), id).stream().filter(k -> k.id().equals(keyId)).findFirst()
                .orElseThrow(() -> new be.buurtwijzer.core.application.shared.NotFoundException("signing key", keyId));
        return organisations.revokeKey(caller.get(), keyId);
    }

    @POST
    @Path("{id}/keys/{keyId}/approve")
    @Operation(summary = "Approve a key of this organisation: only then does it sign releases")
    public PublishingViews.Key approveKey(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        organisations.keysOf(caller.get(), id).stream().filter(k -> k.id().equals(keyId)).findFirst()
                .orElseThrow(() -> new be.buurtwijzer.core.application.shared.NotFoundException("signing key", keyId));
        return organisations.approveKey(caller.get(), keyId);
    }
}
