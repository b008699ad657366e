package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.domain.instruments.Subscription;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.privacy.PrivacyProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The privacy calls of the instruments a municipality uses or used: enabled, disabled, or unsubscribed
 * with its data still kept. Unlike the workspace's gate, a disabled instrument is reached here, because
 * its data is still held about people.
 */
@ApplicationScoped
public class InstrumentPrivacy {

    @Inject
    be.buurtwijzer.core.application.subscriptions.Subscriptions subscriptions;

    /** One instrument whose data a municipality holds: running (with its privacy calls, if any) or not. */
    public record Holder(String pluginId, String name, LoadedInstrument instrument) {
        public boolean running() {
            return instrument != null;
        }

        public PrivacyProvider provider() {
            return instrument == null ? null : instrument.instrument().privacy();
        }
    }

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginGuard guard;

    @Inject
    InstrumentCalls calls;

    /** Every instrument with a subscription row in the municipality, in plugin id order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Holder> holders(TenantAccess access) {
        return subscriptions.ofMunicipality(access.tenantId()).stream()
                .map(s -> {
                    LoadedInstrument instrument = runtime.instrument(s.getPluginId()).orElse(null);
                    String name = instrument == null ? s.getPluginId()
                            : instrument.descriptor().name().in(Locale.forLanguageTag("nl-BE"));
                    return new Holder(s.getPluginId(), name, instrument);
                }).toList();
    }

    /**
     * Runs one privacy call of a running instrument in its own transaction, inside the guard, with a context
     * that may write (an erasure changes records) and every permission of the plugin.
     */
    public <T> T call(TenantAccess access, Holder holder, Locale locale, String what,
            BiFunction<PrivacyProvider, InstrumentContext, T> work) {
        LoadedInstrument instrument = holder.instrument();
        Set<String> permissions = instrument.descriptor().permissions().stream().map(PermissionSpec::id)
                .collect(Collectors.toUnmodifiableSet());
        InstrumentTicket ticket = new InstrumentTicket(access, instrument, permissions, locale, locale);
        InstrumentContext context = calls.privacyContext(ticket);
        return guard.callInOneTransaction(holder.pluginId(), holder.name(), "privacy " + what,
                () -> work.apply(holder.provider(), context));
    }
}
