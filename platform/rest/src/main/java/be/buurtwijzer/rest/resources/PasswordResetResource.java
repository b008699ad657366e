package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.security.PasswordResets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * "Forgot your password?" without a log-in. Asking always answers 202, whether or not the address has
 * an account; the link in the mail carries the token that sets the new password.
 */
@Path("v1/password-reset")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    @Context
    HttpHeaders headers;

    /** {@code {"email": "…"}}. */
    public record Request(String email) {
    }

    /** {@code {"password": "…"}}. */
    public record NewPassword(String password) {
    }

    /** 202 for every address: if it has an account, a link valid for 30 minutes is on its way. */
    @POST
    public Response request(Request request) {
        resets.request(request == null ? null : request.email());
        return Response.accepted().build();
    }

    /** Whether the link can still be used: {@code OPEN}, {@code USED}, {@code EXPIRED} or {@code SUPERSEDED}. */
    @GET
    @Path("{token}")
    public Map<String, String> status(@PathParam("token") String token) {
        return Map.of("status", resets.status(token).name());
    }

    /** 204; 400 for a password the rule refuses, 410 for a used or expired link, 404 for an unknown one. */
    @POST
    @Path("{token}")
    public Response reset(@PathParam("token") String token, NewPassword password) {
        resets.reset(token, password == null ? null : password.password(), Languages.of(headers));
        return Response.noContent().build();
    }
}
