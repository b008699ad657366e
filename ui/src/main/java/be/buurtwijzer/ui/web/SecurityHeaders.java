package be.buurtwijzer.ui.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers a public body's web application is expected to send on every answer, and the move
 * to HTTPS in production ({@code BUURTWIJZER_REQUIRE_HTTPS=true}): plain HTTP is redirected (308,
 * so a POST stays a POST) and HTTPS answers carry HSTS.
 * <p>
 * The Content-Security-Policy is the strictest Vaadin Flow runs under: scripts and styles from this
 * origin only, with inline code and eval that Flow's client needs, no plugins, no framing, no
 * foreign forms. The API's answers are data, never pages: they get a policy that allows nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

    static final String WORKSPACE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private boolean requireHttps;
    private int httpsPort;

    @Override
    public void init(FilterConfig config) {
        var settings = ConfigProvider.getConfig();
        requireHttps = settings.getOptionalValue("buurtwijzer.require.https", Boolean.class).orElse(false);
        httpsPort = settings.getOptionalValue("https.port", Integer.class).orElse(9443);
    }

    /** Where a plain-HTTP request goes when HTTPS is required; null when it may be answered as it came. */
    static String redirectTarget(boolean requireHttps, boolean secure, String host, int httpsPort, String uri,
            String query) {
        if (!requireHttps || secure) {
            return null;
        }
        String safeHost = host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+") ? "localhost" : host;
        return "https://" + safeHost + (httpsPort == 443 ? "" : ":" + httpsPort) + uri + (query == null ? "" : "?" + query);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean secure = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        String redirect = redirectTarget(requireHttps, secure, request.getServerName(), httpsPort,
                request.getRequestURI(), request.getQueryString());
        if (redirect != null) {
            response.setStatus(308);
            response.setHeader("Location", redirect);
            response.setContentLength(0);
            return;
        }
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
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
