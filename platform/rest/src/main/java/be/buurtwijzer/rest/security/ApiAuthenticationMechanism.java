package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.security.Authenticator;
import be.buurtwijzer.core.application.security.LoginResult;
import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.rest.errors.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP Basic for everything under /api. A wrong password, an unknown address, a locked account
 * and missing credentials all get the same 401 problem, so a caller cannot tell which it was.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ApiAuthenticationMechanism.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();
    static final String REALM = "Basic realm=\"Buurtwijzer\", charset=\"UTF-8\"";

    @Inject
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!isApi(request)) {
            return context.doNothing();
        }
        Credentials credentials = Credentials.fromBasicHeader(request.getHeader("Authorization"));
        if (credentials == null && request.getHeader("Authorization") == null && isPublic(request)) {
            return context.doNothing();
        }
        if (credentials == null) {
            return refuse(request, response, context);
        }
        LoginResult result;
        try {
            result = authenticator.login(credentials.email(), credentials.password());
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                // the password was not checked at all: "try again" is the truth, "not accepted" would not be
                DatabaseOutage.log(LOG, "Log-in check failed: the database did not answer", e);
                return unavailable(request, response);
            }
            LOG.log(Level.WARNING, "Log-in check failed", e);
            return refuse(request, response, context);
        }
        if (!result.succeeded()) {
            return refuse(request, response, context);
        }
        // the resources take the caller from here, so the account is read once per request
        request.setAttribute(CurrentCaller.ATTRIBUTE, result.caller());
        Set<String> groups = result.caller().platformRole() == null ? Set.of()
                : Set.of(result.caller().platformRole().name());
        return context.notifyContainerAboutLogin(result.caller().email(), groups);
    }

    /**
     * An invitation's holder reads it and creates an account with its token alone; someone who forgot
     * their password asks for a link and uses it (see web.xml).
     */
    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/v1/invitations/") || path.equals("/api/v1/password-reset")
                || path.startsWith("/api/v1/password-reset/");
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        send(request, response, Problem.of(503, "Service Unavailable", DatabaseOutage.DETAIL, null, null));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", REALM);
        send(request, response, Problem.of(401, "Unauthorized",
                "Log in with your e-mail address and password (HTTP Basic). If you did, the combination was not "
                        + "accepted, or the account is temporarily locked after repeated failures.", null, null));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Problem problem) {
        try {
            ResponseHeaders.apply(request, response);
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            byte[] body = JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not write the " + problem.status() + " body", e);
        }
    }

    record Credentials(String email, String password) {
        static Credentials fromBasicHeader(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
    }
}
