package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import java.util.Locale;
import java.util.Set;

/**
 * Proof that a caller may use an instrument in a municipality right now: a member, subscribed and
 * enabled, plugin running. Carries the caller's permissions in this plugin.
 */
public record InstrumentTicket(TenantAccess access, LoadedInstrument instrument, Set<String> permissions,
        Locale locale, Locale tenantLocale) {

    public void require(String permission) {
        if (permission != null && !permissions.contains(permission)) {
            throw new ForbiddenException("Your role in '" + access.tenantName() + "' does not give the permission '"
                    + permission + "' of the instrument '" + name() + "'.").withCode("role");
        }
    }

    public String name() {
        return instrument.descriptor().name().in(locale);
    }
}
