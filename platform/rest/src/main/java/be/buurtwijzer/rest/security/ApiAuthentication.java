package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.access.RequestMemo;
import be.buurtwijzer.core.application.security.Authenticator;
import be.buurtwijzer.core.application.security.LoginResult;
import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.rest.errors.Problem;
import be.buurtwijzer.core.infrastructure.Json;
import be.buurtwijzer.core.application.shared.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP Basic for everything under /api. A wrong password, an unknown address, a locked account
 * and missing credentials all get the same 401 problem, so a caller cannot tell which it was.
 * <p>
 * A servlet filter rather than a Jakarta Security authentication mechanism: the API has its own
 * log-in check ({@link Authenticator}) and takes the caller from the request, never from the
 * container, and the container's JASPIC path around a mechanism cost about a fifth of the CPU of
 * a list request (issue 19, RESULTS.md). The order after {@code SecurityHeaders} is in web.xml.
 */
@WebFilter(filterName = ApiAuthentication.NAME, urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthentication extends HttpFilter {

    static final String NAME = "ApiAuthentication";
    private static final Logger LOG = Logger.getLogger(ApiAuthentication.class.getName());
    static final String REALM = "Basic realm=\"Buurtwijzer\", charset=\"UTF-8\"";

    @Inject
    Authenticator authenticator;

    @Inject
    RequestMemo memo;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null && isPublic(request)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = authenticate(Credentials.fromBasicHeader(header), request, response);
        if (caller != null) {
            // the resources take the caller from here, so the account is read once per request
            memo.admit(caller);
            chain.doFilter(new Authenticated(request, caller), response);
        }
    }

    /** The caller, or null when the refusal (401) or the outage (503) has been sent. */
    private Caller authenticate(Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        if (credentials == null) {
            return refuse(request, response);
        }
        LoginResult result;
        try {
            result = authenticator.login(credentials.email(), credentials.password(), tenantSlug(path(request)));
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                // the password was not checked at all: "try again" is the truth, "not accepted" would not be
                DatabaseOutage.log(LOG, "Log-in check failed: the database did not answer", e);
                unavailable(request, response);
                return null;
            }
            LOG.log(Level.WARNING, "Log-in check failed", e);
            return refuse(request, response);
        }
        return result.succeeded() ? result.caller() : refuse(request, response);
    }

    /**
     * The municipality a {@code /api/v1/tenants/{tenant}/…} request names, from the container's decoded path, else
     * null. Only a hint for reading the caller's membership with the account: the tenant gate still decides, and
     * asks again when the resource's own path parameter differs.
     */
    static String tenantSlug(String path) {
        String prefix = "/api/v1/tenants/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        int end = path.indexOf('/', prefix.length());
        String slug = end < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), end);
        return slug.isEmpty() || slug.length() > 100 ? null : slug;
    }

    /**
     * An invitation's holder reads it and creates an account with its token alone; someone who forgot
     * their password asks for a link and uses it.
     */
    static boolean isPublic(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/v1/invitations/") || path.equals("/api/v1/password-reset")
                || path.startsWith("/api/v1/password-reset/");
    }

    /** The container's decoded, normalised path: a raw URI could say invitations/../tenants. */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        send(request, response, Problem.of(503, "Service Unavailable", DatabaseOutage.DETAIL, null, null));
    }

    private static Caller refuse(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", REALM);
        send(request, response, Problem.of(401, "Unauthorized",
                "Log in with your e-mail address and password (HTTP Basic). If you did, the combination was not "
                        + "accepted, or the account is temporarily locked after repeated failures.", null, null));
        return null;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Problem problem) {
        try {
            ResponseHeaders.apply(request, response);
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            byte[] body = Json.write(problem).getBytes(StandardCharsets.UTF_8);
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

    /** The request as the rest of the chain sees it: with the caller as its user (access log, telemetry). */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final Caller caller;

        Authenticated(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller::email;
        }

        @Override
        public String getRemoteUser() {
            return caller.email();
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.platformRole() != null && caller.platformRole().name().equals(role);
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
