package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.releases.ReleaseReview;
import be.buurtwijzer.core.application.releases.PublishingViews;
import be.buurtwijzer.core.application.releases.ReleaseCatalogue;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The release queue: inspect, approve, reject, withdraw (platform administrators). */
@Path("v1/admin/releases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminReleaseResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ReleaseReview review;

    @Inject
    ReleaseCatalogue catalogue;

    @GET
    @Operation(summary = "Releases, optionally by status (SUBMITTED is the review queue)")
    public List<PublishingViews.Release> releases(@QueryParam("status") String status) {
        return review.releases(caller.get(), Filters.enumValue("status", status, ReleaseStatus.class));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Approve: the release is loaded live; if it fails to start or migrate, the previous one stays")
    public PublishingViews.Release approve(@PathParam("id") String id) {
        review.decide(caller.get(), id, ReleaseStatus.APPROVED, null);
        catalogue.reconsider(review.pluginIdOf(id));
        return review.release(caller.get(), id);
    }

    @POST
    @Path("{id}/reject")
    public PublishingViews.Release reject(@PathParam("id") String id, PublishingViews.Decision decision) {
        return review.decide(caller.get(), id, ReleaseStatus.REJECTED, decision == null ? null : decision.reason());
    }

    @POST
    @Path("{id}/withdraw")
    public PublishingViews.Release withdraw(@PathParam("id") String id, PublishingViews.Decision decision) {
        review.decide(caller.get(), id, ReleaseStatus.WITHDRAWN, decision == null ? null : decision.reason());
        catalogue.reconsider(review.pluginIdOf(id));
        return review.release(caller.get(), id);
    }
}
