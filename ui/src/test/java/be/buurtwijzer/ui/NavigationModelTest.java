package be.buurtwijzer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.ui.layout.NavigationModel;
import be.buurtwijzer.ui.session.Roles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The navigation a person gets, without a browser. */
class NavigationModelTest {

    private static final List<NavigationModel.InstrumentPage> LOGBOOK =
            List.of(new NavigationModel.InstrumentPage("logbook", "entries", "Logboek"));

    private static List<String> paths(Roles roles, List<NavigationModel.InstrumentPage> pages) {
        return NavigationModel.build(roles, "stederen", pages).stream().map(NavigationModel.Entry::path).toList();
    }

    @Test
    void aPartnerGetsTheWorkspaceAndTheEnabledInstrumentsOnly() {
        assertEquals(List.of("stederen", "stederen/register/neighbourhoods", "stederen/register/actors",
                "stederen/register/initiatives", "stederen/instrument/logbook/entries"),
                paths(new Roles(TenantRole.PARTNER, null), LOGBOOK));
    }

    @Test
    void aTenantAdministratorAlsoManagesInstruments() {
        assertTrue(paths(new Roles(TenantRole.TENANT_ADMIN, null), List.of()).contains("stederen/admin/instruments"));
    }

    @Test
    void withoutAnActiveMembershipOnlyPlatformTasksRemain() {
        assertEquals(List.of("platform/municipalities", "platform/organisations", "platform/releases", "platform/plugins",
                "platform/plugin-settings"),
                paths(new Roles(null, PlatformRole.PLATFORM_ADMIN), LOGBOOK));
        assertEquals(List.of("publisher/releases", "publisher/keys"), paths(new Roles(null, PlatformRole.PUBLISHER), LOGBOOK));
        assertEquals(List.of(), paths(new Roles(null, null), LOGBOOK), "a suspended municipality shows nothing");
    }

    @Test
    void everyMunicipalityPageCarriesItsMunicipalityAndNoOtherDoes() {
        List<String> all = NavigationModel.build(new Roles(TenantRole.TENANT_ADMIN, PlatformRole.PLATFORM_ADMIN),
                "gemeentegem", LOGBOOK).stream().map(NavigationModel.Entry::path).toList();
        assertEquals(16, all.size());
        for (String path : all) {
            boolean platform = path.startsWith("platform/") || path.startsWith("publisher/");
            assertTrue(platform != (path.equals("gemeentegem") || path.startsWith("gemeentegem/")), path);
        }
        assertEquals(List.of("platform/municipalities", "platform/organisations", "platform/releases",
                "platform/plugins", "platform/plugin-settings"), NavigationModel.build(
                        new Roles(TenantRole.TENANT_ADMIN, PlatformRole.PLATFORM_ADMIN), null, LOGBOOK).stream()
                .map(NavigationModel.Entry::path).toList(), "without a municipality, no page of one");
    }

    @Test
    void rolesAllowWhatTheirNamesSay() {
        Roles coordinator = new Roles(TenantRole.COORDINATOR, null);
        assertTrue(coordinator.allows(Roles.Need.COORDINATOR));
        assertTrue(coordinator.allows(Roles.Need.MEMBER));
        assertTrue(!coordinator.allows(Roles.Need.TENANT_ADMIN));
        assertTrue(!coordinator.allows(Roles.Need.PLATFORM_ADMIN));
    }
}
