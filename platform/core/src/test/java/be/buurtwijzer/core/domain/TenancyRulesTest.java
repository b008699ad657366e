package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.register.Scale;
import be.buurtwijzer.core.domain.tenancy.Slug;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenancyRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"stederen", "sint-niklaas", "a1", "gemeente-2026"})
    void validSlugs(String slug) {
        assertTrue(Slug.isValid(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Stederen", "-stederen", "stederen-", "st--ederen", "st ederen", "stéderen",
        "../etc"})
    void invalidSlugs(String slug) {
        assertFalse(Slug.isValid(slug));
    }

    @Test
    void rolesAllowWhatTheIssueSays() {
        assertTrue(TenantRole.PARTNER.allows(TenantPermission.READ));
        assertFalse(TenantRole.PARTNER.allows(TenantPermission.WRITE));
        assertTrue(TenantRole.COORDINATOR.allows(TenantPermission.WRITE));
        assertFalse(TenantRole.COORDINATOR.allows(TenantPermission.MANAGE_MEMBERS));
        assertFalse(TenantRole.COORDINATOR.allows(TenantPermission.READ_AUDIT));
        for (TenantPermission permission : TenantPermission.values()) {
            assertTrue(TenantRole.TENANT_ADMIN.allows(permission));
        }
    }

    @Test
    void onlyAnActiveMunicipalityLetsItsMembersInAndOnlyAClosedOneIsClosedToAll() {
        assertTrue(TenantStatus.ACTIVE.letsMembersIn());
        assertFalse(TenantStatus.SUSPENDED.letsMembersIn());
        assertFalse(TenantStatus.CLOSED.letsMembersIn());
        assertFalse(TenantStatus.ACTIVE.closedToAll());
        assertFalse(TenantStatus.SUSPENDED.closedToAll(), "the platform still works in a suspended municipality");
        assertTrue(TenantStatus.CLOSED.closedToAll());
        Tenant tenant = new Tenant("zottegem", "Zottegem", "nl-BE", Instant.parse("2026-11-12T09:00:00Z"));
        tenant.setStatus(TenantStatus.SUSPENDED);
        tenant.scheduleDeletion(Instant.parse("2026-11-12T09:00:00Z"), Instant.parse("2026-12-12T09:00:00Z"));
        assertTrue(tenant.isClosed());
        tenant.restore();
        assertFalse(tenant.isClosed());
        assertFalse(tenant.isActive(), "a restored municipality is as it was before: suspended");
    }

    @Test
    void scalesAreOrderedSmallestFirst() {
        assertTrue(Scale.MUNICIPALITY.isLargerThan(Scale.GEOGRAPHIC_NEIGHBOURHOOD));
        assertFalse(Scale.LIVED_NEIGHBOURHOOD.isLargerThan(Scale.GEOGRAPHIC_NEIGHBOURHOOD));
    }
}
