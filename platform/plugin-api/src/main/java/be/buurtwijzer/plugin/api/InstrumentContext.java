package be.buurtwijzer.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Everything a plugin may reach during one call, already scoped to one municipality, one user and
 * this plugin. Nothing in it leads to another municipality or another plugin's data.
 */
public interface InstrumentContext {

    TenantInfo tenant();

    UserInfo user();

    /** The language of this call: the user's choice, else the municipality's default. */
    Locale locale();

    /** This plugin's documents in this municipality. */
    RecordStore records();

    /** Read access to the municipality's shared register. */
    RegisterReader register();

    Clock clock();

    /** A logger whose records carry the plugin id. */
    Logger logger();

    default String text(Text text) {
        return text.in(locale());
    }

    record TenantInfo(String slug, String name, Locale defaultLocale) {
    }

    record UserInfo(String id, String displayName, MemberRole role, Set<String> permissions) {
        public boolean has(String permission) {
            return permissions.contains(permission);
        }
    }
}
