package be.buurtwijzer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.admin.MyAccount;
import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which municipality a page's address opens, for whom: the rule AccessControl applies at every navigation. */
class WorkspaceTest {

    private static final MyAccount.MembershipSummary GEMEENTEGEM = new MyAccount.MembershipSummary("gemeentegem",
            "Gemeente Gemeentegem", TenantStatus.ACTIVE, "nl-BE", TenantRole.PARTNER);
    private static final MyAccount.MembershipSummary STEDEREN = new MyAccount.MembershipSummary("stederen",
            "Stad Stederen", TenantStatus.ACTIVE, "nl-BE", TenantRole.COORDINATOR);
    private static final MyAccount.MembershipSummary SUSPENDED = new MyAccount.MembershipSummary("aalter",
            "Aalter", TenantStatus.SUSPENDED, "nl-BE", TenantRole.TENANT_ADMIN);

    private static MyAccount.Me me(PlatformRole platform, MyAccount.MembershipSummary... memberships) {
        return new MyAccount.Me("u1", "regio@example.org", "Regio", platform, List.of(memberships), false, null);
    }

    @Test
    void theAddressOpensItsMunicipalityWithTheRoleThere() {
        Workspace stederen = Workspace.of(me(null, GEMEENTEGEM, STEDEREN), "stederen", "gemeentegem");
        assertTrue(stederen.inUrl());
        assertEquals("stederen", stederen.municipality().slug(), "the address decides, not the last one opened");
        assertTrue(stederen.roles().allows(Roles.Need.COORDINATOR));
        Workspace gemeentegem = Workspace.of(me(null, GEMEENTEGEM, STEDEREN), "gemeentegem", "stederen");
        assertFalse(gemeentegem.roles().allows(Roles.Need.COORDINATOR), "a partner there");
    }

    @Test
    void aMunicipalityOfWhichOneIsNoMemberOpensNothingLikeOneThatDoesNotExist() {
        assertNull(Workspace.of(me(null, STEDEREN), "gemeentegem", "stederen"));
        assertNull(Workspace.of(me(null, STEDEREN), "bestaat-niet", "stederen"));
        assertNull(Workspace.of(me(PlatformRole.PLATFORM_ADMIN), "stederen", null),
                "a platform administrator is no member either");
    }

    @Test
    void aSuspendedMunicipalityOpensWithoutRoles() {
        Workspace suspended = Workspace.of(me(null, SUSPENDED), "aalter", null);
        assertFalse(suspended.usable());
        assertFalse(suspended.roles().allows(Roles.Need.MEMBER));
    }

    @Test
    void withoutOneInTheAddressTheLastOpenedOrTheFirstOpenOne() {
        assertEquals("stederen", Workspace.of(me(null, GEMEENTEGEM, STEDEREN), null, "stederen").municipality().slug());
        assertEquals("gemeentegem", Workspace.of(me(null, GEMEENTEGEM, STEDEREN), null, null).municipality().slug());
        assertEquals("stederen", Workspace.of(me(null, SUSPENDED, STEDEREN), null, "gemeentegem").municipality().slug(),
                "no longer a member of the last one: the first open one");
        Workspace platform = Workspace.of(me(PlatformRole.PLATFORM_ADMIN), null, null);
        assertFalse(platform.inUrl());
        assertNull(platform.municipality());
        assertTrue(platform.roles().allows(Roles.Need.PLATFORM_ADMIN));
        assertFalse(platform.roles().allows(Roles.Need.MEMBER), "a page outside a municipality has no role of one");
    }
}
