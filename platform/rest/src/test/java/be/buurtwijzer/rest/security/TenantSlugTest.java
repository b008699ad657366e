package be.buurtwijzer.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @Test
    void takesTheMunicipalityARequestNames() {
        assertEquals("stederen", ApiAuthentication.tenantSlug("/api/v1/tenants/stederen/initiatives"));
        assertEquals("stederen", ApiAuthentication.tenantSlug("/api/v1/tenants/stederen"));
    }

    @Test
    void namesNoneOutsideAMunicipality() {
        assertNull(ApiAuthentication.tenantSlug("/api/v1/me"));
        assertNull(ApiAuthentication.tenantSlug("/api/v1/tenants"));
        assertNull(ApiAuthentication.tenantSlug("/api/v1/tenants/"));
        assertNull(ApiAuthentication.tenantSlug("/api/v1/tenants//actors"));
        assertNull(ApiAuthentication.tenantSlug("/api/v1/tenants/" + "x".repeat(101)));
    }
}
