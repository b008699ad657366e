package be.buurtwijzer.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers a public body's web application is expected to send on every answer, including the
 * ones written before any filter runs (a refused log-in). The Content-Security-Policy is the
 * strictest Vaadin Flow runs under: scripts and styles from this origin only, with the inline code
 * and eval that Flow's client needs, no plugins, no framing, no foreign forms. The API's answers are
 * data, never pages: they get a policy that allows nothing.
 */
public final class ResponseHeaders {

    public static final String WORKSPACE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private ResponseHeaders() {
    }

    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : WORKSPACE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // invitation links carry their token in the path: never hand it on
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (api) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (isSecure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
