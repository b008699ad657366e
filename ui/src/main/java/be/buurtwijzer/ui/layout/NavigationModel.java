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

    /**
     * @param municipality the slug every municipality page's path starts with ({@code stederen/register/actors});
     *        without one, only the platform's and the publisher's pages
     */
    public static List<Entry> build(Roles roles, String municipality, List<InstrumentPage> instruments) {
        List<Entry> entries = new ArrayList<>();
        if (municipality != null) {
            entries.addAll(municipality(roles, municipality, instruments));
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

    private static List<Entry> municipality(Roles roles, String slug, List<InstrumentPage> instruments) {
        List<Entry> entries = new ArrayList<>();
        if (roles.allows(Roles.Need.MEMBER)) {
            entries.add(new Entry("workspace", "nav.home", true, slug));
            entries.add(new Entry("register", "nav.neighbourhoods", true, slug + "/register/neighbourhoods"));
            entries.add(new Entry("register", "home.actors", true, slug + "/register/actors"));
            entries.add(new Entry("register", "home.initiatives", true, slug + "/register/initiatives"));
            for (InstrumentPage page : instruments) {
                entries.add(new Entry("instruments", page.title(), false,
                        slug + "/instrument/" + page.pluginId() + "/" + page.route()));
            }
        }
        if (roles.allows(Roles.Need.TENANT_ADMIN)) {
            for (String[] page : new String[][] {{"nav.members", "members"}, {"nav.catalogue", "instruments"},
                    {"nav.settings", "settings"}, {"nav.audit", "audit"}, {"nav.personal-data", "personal-data"},
                    {"nav.processing-register", "processing-register"}}) {
                entries.add(new Entry("administration", page[0], true, slug + "/admin/" + page[1]));
            }
        }
        return entries;
    }
}
