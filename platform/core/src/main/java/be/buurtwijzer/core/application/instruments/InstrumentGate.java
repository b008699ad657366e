package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.instruments.Subscription;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.plugin.api.PermissionSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The way into an instrument of a municipality: the tenant gate first, then the subscription
 * (subscribed and enabled, else the instrument does not exist for this caller), then the plugin.
 */
@ApplicationScoped
public class InstrumentGate {

    @Inject
    TenantGate tenantGate;

    @Inject
    PluginRuntime runtime;

    @Inject
    be.buurtwijzer.core.application.access.CallerCheck callers;

    @Inject
    be.buurtwijzer.core.application.subscriptions.Subscriptions subscriptions;

    /**
     * A refusal here (not a member, instrument off, plugin not running) is an answer, not a failure: it does not
     * doom the caller's transaction, so an operation may ask about other instruments (their report fragments)
     * and go on when one is off.
     */
    @Transactional(dontRollbackOn = be.buurtwijzer.core.application.shared.ApplicationException.class)
    public InstrumentTicket enter(Caller caller, String slug, String pluginId) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ);
        Subscription subscription = subscriptions.find(access.tenantId(), pluginId).orElse(null);
        if (subscription == null || !subscription.isUsable()) {
            throw new NotFoundException("enabled instrument", pluginId).withCode("instrument-off");
        }
        LoadedInstrument instrument = runtime.instrument(pluginId).orElseThrow(() -> new PluginFailureException(
                "The instrument '" + pluginId + "' is not running on the platform at the moment; its data is kept. "
                        + "The platform administrators can see why.", PluginFailureException.Kind.UNAVAILABLE));
        return ticket(access, instrument, userLocale(caller));
    }

    /**
     * The way into several instruments at once, for a page that shows them side by side (the menu, the home page):
     * the same checks as {@link #enter}, read once for all of them at this moment. An instrument that is off or
     * not running is left out, as a refusal of {@link #enter} would leave it out.
     */
    @Transactional(dontRollbackOn = be.buurtwijzer.core.application.shared.ApplicationException.class)
    public Map<String, InstrumentTicket> enterAll(Caller caller, String slug, List<String> pluginIds) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ);
        Set<String> usable = subscriptions.ofMunicipality(access.tenantId()).stream().filter(Subscription::isUsable)
                .map(Subscription::getPluginId).collect(Collectors.toSet());
        String userLocale = userLocale(caller);
        Map<String, InstrumentTicket> tickets = new LinkedHashMap<>();
        for (String pluginId : pluginIds) {
            if (usable.contains(pluginId)) {
                runtime.instrument(pluginId).ifPresent(instrument ->
                        tickets.put(pluginId, ticket(access, instrument, userLocale)));
            }
        }
        return tickets;
    }

    private String userLocale(Caller caller) {
        return callers.preferredLocale(caller);
    }

    private static InstrumentTicket ticket(TenantAccess access, LoadedInstrument instrument, String userLocale) {
        String role = access.role().name();
        Set<String> permissions = instrument.descriptor().permissions().stream()
                .filter(p -> p.defaultRoles().stream().anyMatch(r -> r.name().equals(role)))
                .map(PermissionSpec::id).collect(Collectors.toUnmodifiableSet());
        String tenantLocale = access.defaultLocale();
        return new InstrumentTicket(access, instrument, permissions,
                Locale.forLanguageTag(userLocale != null ? userLocale : tenantLocale), Locale.forLanguageTag(tenantLocale));
    }
}
