package be.buurtwijzer.rest.errors;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.shared.TenantSuspendedException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure leaves the API as application/problem+json. User mistakes get a 4xx that names
 * the field; anything unexpected gets a 500 with a reference to the log, never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        ApplicationException application = find(error, ApplicationException.class);
        if (application != null) {
            return forApplication(application).toResponse();
        }
        ConflictException concurrent = Conflicts.of(error);
        if (concurrent != null) {
            return forApplication(concurrent).toResponse();
        }
        BodyTooLargeException tooLarge = find(error, BodyTooLargeException.class);
        if (tooLarge != null) {
            return Problem.of(413, "Content Too Large", tooLarge.getMessage(), null, null).toResponse();
        }
        if (find(error, JsonParsingException.class) != null || find(error, JsonbException.class) != null) {
            return forUnreadableJson(error).toResponse();
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept this method.";
                case 406 -> "This address answers in application/json only.";
                case 415 -> "Send the body as application/json.";
                default -> status.getReasonPhrase();
            };
            Response.ResponseBuilder builder = Response.fromResponse(web.getResponse()).entity(
                    Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail, null, null))
                    .type(Problem.MEDIA);
            return builder.build();
        }
        if (DatabaseOutage.causes(error)) {
            DatabaseOutage.log(LOG, "The database did not answer; the request got a 503", error);
            return Response.fromResponse(Problem.of(503, "Service Unavailable", DatabaseOutage.DETAIL, null, null)
                    .toResponse()).header("Retry-After", "5").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
        return Problem.of(500, "Internal Server Error", "Something went wrong on our side; nothing was changed. "
                + "Reference for the administrators: " + reference + ".", null, null).toResponse();
    }

    private static Problem forApplication(ApplicationException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(400, "Invalid input", invalid.getMessage(), invalid.field(),
                    invalid.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        int status;
        String title;
        if (e instanceof be.buurtwijzer.core.application.instruments.PluginFailureException failure) {
            return switch (failure.kind()) {
                case TIMED_OUT -> Problem.of(504, "Instrument did not answer", e.getMessage(), null, null);
                case UNAVAILABLE -> Problem.of(503, "Instrument unavailable", e.getMessage(), null, null);
                case FAILED -> Problem.of(500, "Instrument failed", e.getMessage(), null, null);
            };
        }
        if (e instanceof NotFoundException) {
            status = 404;
            title = "Not Found";
        } else if (e instanceof be.buurtwijzer.core.application.shared.GoneException) {
            status = 410;
            title = "Gone";
        } else if (e instanceof ConflictException) {
            status = 409;
            title = "Conflict";
        } else if (e instanceof be.buurtwijzer.core.application.shared.SessionEndedException) {
            status = 401;
            title = "Unauthorized";
        } else if (e instanceof TenantSuspendedException) {
            status = 403;
            title = "Municipality suspended";
        } else if (e instanceof ForbiddenException) {
            status = 403;
            title = "Forbidden";
        } else {
            status = 400;
            title = "Bad Request";
        }
        return Problem.of(status, title, e.getMessage(), e.field(), null);
    }

    /** Bodies of the platform's own records are diagnosed field by field in {@link JsonBodyReader}; this is the rest. */
    private static Problem forUnreadableJson(Throwable error) {
        JsonParsingException parsing = find(error, JsonParsingException.class);
        String detail = parsing != null ? "The body is not well-formed JSON (" + parsing.getLocation() + ")."
                : "The body is not valid JSON for this request.";
        return Problem.of(400, "Unreadable body", detail, "body", null);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
