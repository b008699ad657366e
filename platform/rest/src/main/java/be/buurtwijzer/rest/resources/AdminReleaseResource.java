package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.admin.AdministratorInput;
import be.buurtwijzer.core.application.instruments.PublishingService;
import be.buurtwijzer.core.application.instruments.PublishingViews;
import be.buurtwijzer.core.application.instruments.ReleaseCatalogue;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform administrator's side of publishing: organisations, publishers, and the release queue. */
@Path("v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminReleaseResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PublishingService publishing;

    @Inject
    ReleaseCatalogue catalogue;

    @GET
    @Path("organisations")
    public List<PublishingViews.Organisation> organisations() {
        return publishing.organisations(caller.get());
    }

    @POST
    @Path("organisations")
    public Response createOrganisation(PublishingViews.OrganisationInput input) {
        return Response.status(Response.Status.CREATED).entity(publishing.createOrganisation(caller.get(), input))
                .build();
    }

    @POST
    @Path("organisations/{id}/publishers")
    @Operation(summary = "Make a person a publisher of this organisation (a new account gets a one-time password)")
    public Response addPublisher(@PathParam("id") String id, AdministratorInput input) {
        return Response.status(Response.Status.CREATED).entity(publishing.addPublisher(caller.get(), id, input))
                .build();
    }

    @GET
    @Path("releases")
    @Operation(summary = "Releases, optionally by status (SUBMITTED is the review queue)")
    public List<PublishingViews.Release> releases(@QueryParam("status") String status) {
        return publishing.releases(caller.get(), Filters.enumValue("status", status, ReleaseStatus.class));
    }

    @POST
    @Path("releases/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Approve: the release is loaded live; if it fails to start or migrate, the previous one stays")
    public PublishingViews.Release approve(@PathParam("id") String id) {
        publishing.decide(caller.get(), id, ReleaseStatus.APPROVED, null);
        catalogue.reconsider(publishing.pluginIdOf(id));
        return publishing.release(caller.get(), id);
    }

    @POST
    @Path("releases/{id}/reject")
    public PublishingViews.Release reject(@PathParam("id") String id, PublishingViews.Decision decision) {
        return publishing.decide(caller.get(), id, ReleaseStatus.REJECTED, decision == null ? null : decision.reason());
    }

    @POST
    @Path("releases/{id}/withdraw")
    public PublishingViews.Release withdraw(@PathParam("id") String id, PublishingViews.Decision decision) {
        publishing.decide(caller.get(), id, ReleaseStatus.WITHDRAWN, decision == null ? null : decision.reason());
        catalogue.reconsider(publishing.pluginIdOf(id));
        return publishing.release(caller.get(), id);
    }
}
