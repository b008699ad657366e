package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.privacy.PlatformPrivacyService;
import be.buurtwijzer.core.application.privacy.PlatformPrivacyService.UserErasure;
import be.buurtwijzer.core.application.privacy.PlatformPrivacyService.UserFindings;
import be.buurtwijzer.core.application.privacy.PlatformPrivacyService.UserQuery;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * Data-subject requests about a user of the platform, for a platform administrator: in every municipality
 * the user belongs to, and the account itself. The address travels in the body.
 */
@Path("v1/admin/personal-data")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPersonalDataResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PlatformPrivacyService privacy;

    @POST
    @Path("search")
    public UserFindings search(UserQuery query) {
        return privacy.find(caller.get(), query);
    }

    @POST
    @Path("export")
    public Response export(UserQuery query) {
        return Response.ok(privacy.export(caller.get(), query).toString(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"persoonsgegevens-gebruiker-"
                        + LocalDate.now(PersonalDataResource.BRUSSELS) + ".json\"").build();
    }

    /** Erases the user in every municipality they belong to, ends those memberships and anonymises the account. */
    @POST
    @Path("erasure")
    public UserErasure erase(UserQuery query) {
        return privacy.erase(caller.get(), query);
    }
}
