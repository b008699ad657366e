package be.buurtwijzer.ui.layout;

import be.buurtwijzer.ui.session.Roles;
import java.util.ArrayList;
import java.util.List;

/**
 * The navigation for one person in one municipality: plain data built from the roles and the
 * instrument views the person may open, so it can be tested without a browser.
 */
public final class NavigationModel {

    /** {@code label} is a translation key when {@code translate}, else a text to show as is. */
    public record Entry(String section, String label, boolean translate, String path) {
    }

    /** An instrument page the caller may open. */
    public record InstrumentPage(String pluginId, String route, String title) {
    }

    private NavigationModel() {
    }

    public static List<Entry> build(Roles roles, List<InstrumentPage> instruments) {
        List<Entry> entries = new ArrayList<>();
        if (roles.allows(Roles.Need.MEMBER)) {
            entries.add(new Entry("workspace", "nav.home", true, ""));
            entries.add(new Entry("register", "nav.neighbourhoods", true, "register/neighbourhoods"));
            entries.add(new Entry("register", "home.actors", true, "register/actors"));
            entries.add(new Entry("register", "home.initiatives", true, "register/initiatives"));
            for (InstrumentPage page : instruments) {
                entries.add(new Entry("instruments", page.title(), false,
                        "instrument/" + page.pluginId() + "/" + page.route()));
            }
        }
        if (roles.allows(Roles.Need.TENANT_ADMIN)) {
            entries.add(new Entry("administration", "nav.members", true, "admin/members"));
            entries.add(new Entry("administration", "nav.catalogue", true, "admin/instruments"));
            entries.add(new Entry("administration", "nav.settings", true, "admin/settings"));
            entries.add(new Entry("administration", "nav.audit", true, "admin/audit"));
            entries.add(new Entry("administration", "nav.personal-data", true, "admin/personal-data"));
            entries.add(new Entry("administration", "nav.processing-register", true, "admin/processing-register"));
        }
        if (roles.allows(Roles.Need.PLATFORM_ADMIN)) {
            entries.add(new Entry("platform", "nav.municipalities", true, "platform/municipalities"));
            entries.add(new Entry("platform", "nav.organisations", true, "platform/organisations"));
            entries.add(new Entry("platform", "nav.releases", true, "platform/releases"));
            entries.add(new Entry("platform", "nav.plugins", true, "platform/plugins"));
            entries.add(new Entry("platform", "nav.plugin-settings", true, "platform/plugin-settings"));
        }
        if (roles.allows(Roles.Need.PUBLISHER)) {
            entries.add(new Entry("publisher", "nav.publisher", true, "publisher/releases"));
            entries.add(new Entry("publisher", "nav.keys", true, "publisher/keys"));
        }
        return entries;
    }
}
