package be.buurtwijzer.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decisions of the filter; the headers themselves are checked on the running server by HardeningIT. */
class SecurityHeadersTest {

    @Test
    void plainHttpGoesToHttpsOnlyWhenRequired() {
        assertNull(SecurityHeaders.redirectTarget(false, false, "buurtwijzer.be", 443, "/", null));
        assertNull(SecurityHeaders.redirectTarget(true, true, "buurtwijzer.be", 443, "/", null));
        assertEquals("https://buurtwijzer.be/api/v1/me?x=1",
                SecurityHeaders.redirectTarget(true, false, "buurtwijzer.be", 443, "/api/v1/me", "x=1"));
        assertEquals("https://localhost:9443/login", SecurityHeaders.redirectTarget(true, false, "localhost", 9443,
                "/login", null));
    }

    @Test
    void aForgedHostCannotRedirectAnywhereElse() {
        assertEquals("https://localhost/", SecurityHeaders.redirectTarget(true, false, "evil.example/@x", 443, "/", null));
    }

    @Test
    void theWorkspacePolicyForbidsFramingPluginsAndForeignForms() {
        assertTrue(be.buurtwijzer.rest.security.ResponseHeaders.WORKSPACE_POLICY.contains("frame-ancestors 'none'"));
        assertTrue(be.buurtwijzer.rest.security.ResponseHeaders.WORKSPACE_POLICY.contains("object-src 'none'"));
        assertTrue(be.buurtwijzer.rest.security.ResponseHeaders.WORKSPACE_POLICY.contains("form-action 'self'"));
        assertTrue(be.buurtwijzer.rest.security.ResponseHeaders.API_POLICY.startsWith("default-src 'none'"));
    }
}
