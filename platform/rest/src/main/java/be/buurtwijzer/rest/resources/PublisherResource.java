package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.releases.SupportOrganisations;
import be.buurtwijzer.core.application.releases.ReleaseReview;
import be.buurtwijzer.core.application.releases.PublishingViews;
import be.buurtwijzer.core.application.releases.ReleaseCatalogue;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A publisher of a support organisation: its signing keys and its releases. */
@Path("v1/publisher")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublisherResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SupportOrganisations organisations;

    @Inject
    ReleaseReview review;

    @Inject
    ReleaseCatalogue catalogue;

    @GET
    @Path("keys")
    public List<PublishingViews.Key> keys() {
        return organisations.keys(caller.get());
    }

    @POST
    @Path("keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a public Ed25519 signing key (Base64 X.509 SubjectPublicKeyInfo or PEM)")
    public Response registerKey(PublishingViews.KeyInput input) {
        return Response.status(Response.Status.CREATED).entity(organisations.registerKey(caller.get(), input)).build();
    }

    /** Another publisher of the same organisation approves a key (never the one who registered it). */
    @POST
    @Path("keys/{id}/approve")
    public PublishingViews.Key approveKey(@PathParam("id") String id) {
        return organisations.approveKey(caller.get(), id);
    }

    @DELETE
    @Path("keys/{id}")
    public PublishingViews.Key revokeKey(@PathParam("id") String id) {
        return organisations.revokeKey(caller.get(), id);
    }

    @POST
    @Path("releases")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a plugin jar as the body, signed: X-Signature is the Base64 Ed25519 signature "
            + "of the jar's bytes; release notes in the query parameter 'notes'")
    public Response upload(byte[] jar, @HeaderParam("X-Signature") String signature, @QueryParam("notes") String notes) {
        return Response.status(Response.Status.CREATED).entity(review.submit(caller.get(), jar, signature, notes))
                .build();
    }

    @GET
    @Path("releases")
    @Operation(summary = "This organisation's releases: status, the reason of a rejection, how many municipalities use each")
    public List<PublishingViews.Release> releases() {
        return review.myReleases(caller.get());
    }

    @POST
    @Path("releases/{id}/deprecate")
    @Consumes(MediaType.WILDCARD)
    public PublishingViews.Release deprecate(@PathParam("id") String id) {
        return review.decide(caller.get(), id, ReleaseStatus.DEPRECATED, null);
    }

    @POST
    @Path("releases/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    public PublishingViews.Release withdraw(@PathParam("id") String id) {
        PublishingViews.Release release = review.decide(caller.get(), id, ReleaseStatus.WITHDRAWN, null);
        catalogue.reconsider(release.pluginId());
        return review.release(caller.get(), id);
    }
}
