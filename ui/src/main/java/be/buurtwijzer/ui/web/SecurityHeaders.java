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
import be.buurtwijzer.rest.security.ResponseHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every answer gets the security headers ({@link ResponseHeaders}), and in production
 * ({@code BUURTWIJZER_REQUIRE_HTTPS=true}) plain HTTP is redirected to HTTPS (308, so a POST stays
 * a POST); HTTPS answers carry HSTS.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

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
        boolean secure = ResponseHeaders.isSecure(request);
        String redirect = redirectTarget(requireHttps, secure, request.getServerName(), httpsPort,
                request.getRequestURI(), request.getQueryString());
        if (redirect != null) {
            response.setStatus(308);
            response.setHeader("Location", redirect);
            response.setContentLength(0);
            return;
        }
        ResponseHeaders.apply(request, response);
        chain.doFilter(request, response);
    }
}
