package be.buurtwijzer.core.application.subscriptions;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.instruments.PluginRecord;
import be.buurtwijzer.core.domain.instruments.Subscription;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A tenant administrator subscribes the municipality to instruments, enables and disables them
 * (disabled: invisible and uncallable, data kept) and unsubscribes (data kept for the retention
 * period and restored on re-subscription within it, purged after).
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    @Inject
    Subscriptions subscriptions;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    PluginRuntime runtime;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "buurtwijzer.subscription.retention-days", defaultValue = "90")
    int retentionDays;

    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }

    /** The administrator sees the whole catalogue; other members the instruments they can use. */
    public List<CatalogueEntry> catalogue(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ);
        boolean admin = access.role().allows(TenantPermission.MANAGE_INSTRUMENTS);
        java.util.Map<String, Subscription> subscriptions = this.subscriptions.ofMunicipality(access.tenantId()).stream()
                .collect(java.util.stream.Collectors.toMap(Subscription::getPluginId, s -> s));
        return runtime.instruments().stream()
                .sorted(Comparator.comparing(LoadedInstrument::pluginId))
                .map(instrument -> entry(instrument, subscriptions.get(instrument.pluginId())))
                .filter(entry -> admin || entry.subscription() != null && entry.subscription().enabled())
                .toList();
    }

    /** The running instruments the municipality subscribed to and enabled: what its workspace is composed of. */
    public List<String> enabledPluginIds(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ);
        java.util.Set<String> running = runtime.instruments().stream().map(LoadedInstrument::pluginId)
                .collect(java.util.stream.Collectors.toSet());
        return subscriptions.ofMunicipality(access.tenantId()).stream()
                .filter(Subscription::isUsable).map(Subscription::getPluginId).filter(running::contains).toList();
    }

    public CatalogueEntry subscribe(Caller caller, String slug, String pluginId) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_INSTRUMENTS);
        LoadedInstrument instrument = available(pluginId);
        Subscription subscription = subscription(access.tenantId(), pluginId);
        if (subscription != null && subscription.isActive()) {
            throw new ConflictException("The municipality is already subscribed to '" + pluginId + "'.")
                    .withCode("already-subscribed", pluginId);
        }
        if (subscription == null) {
            subscription = new Subscription(access.tenantId(), pluginId, clock.instant());
            em.persist(subscription);
        } else {
            subscription.resubscribe(clock.instant());
        }
        Conflicts.flush(em, "subscription");
        audit.tenant(access, AuditAction.CREATE, "subscription", pluginId,
                Changes.created(Map.of("pluginId", pluginId, "enabled", true)));
        return entry(instrument, subscription);
    }

    public CatalogueEntry change(Caller caller, String slug, String pluginId, SubscriptionChange change) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_INSTRUMENTS);
        change = validator.check(change);
        Subscription subscription = active(access, pluginId);
        if (subscription.getVersion() != change.version()) {
            throw ConflictException.staleVersion("subscription", subscription.getVersion());
        }
        boolean before = subscription.isEnabled();
        subscription.setEnabled(change.enabled());
        Conflicts.flush(em, "subscription");
        if (before != change.enabled()) {
            audit.tenant(access, AuditAction.UPDATE, "subscription", pluginId,
                    Changes.between(Map.of("enabled", before), Map.of("enabled", change.enabled())));
        }
        return entry(runtime.instrument(pluginId).orElse(null), subscription);
    }

    public CatalogueEntry unsubscribe(Caller caller, String slug, String pluginId) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_INSTRUMENTS);
        Subscription subscription = active(access, pluginId);
        subscription.unsubscribe(clock.instant());
        Conflicts.flush(em, "subscription");
        audit.tenant(access, AuditAction.DELETE, "subscription", pluginId,
                Changes.deleted(Map.of("pluginId", pluginId)));
        return entry(runtime.instrument(pluginId).orElse(null), subscription);
    }

    /**
     * Deletes the records of subscriptions that ended longer ago than the retention period, and
     * those subscriptions. Returns how many records went.
     */
    public int purgeExpired() {
        // a municipality closed for deletion is kept as it is until it is purged or restored
        List<Subscription> expired = subscriptions.unsubscribedBefore(clock.instant().minus(retention()));
        int purged = 0;
        for (Subscription subscription : expired) {
            String slug = em.createQuery("SELECT t.slug FROM Tenant t WHERE t.id = :id", String.class)
                    .setParameter("id", subscription.getTenantId()).getSingleResult();
            TenantAccess access = tenantGate.enter(Caller.system("retention"), slug, TenantPermission.MANAGE_INSTRUMENTS);
            List<PluginRecord> records = em.createQuery("SELECT r FROM PluginRecord r WHERE r.pluginId = :plugin",
                    PluginRecord.class).setParameter("plugin", subscription.getPluginId()).getResultList();
            records.forEach(em::remove);
            // their history goes with them: who changed them and when stay, the content does not
            audit.forgetContent(records.stream().map(PluginRecord::getId).toList());
            purged += records.size();
            em.remove(subscription);
            audit.tenant(access, AuditAction.DELETE, "subscription-data", subscription.getPluginId(),
                    Changes.deleted(Map.of("records", records.size())));
        }
        return purged;
    }

    Subscription subscription(String tenantId, String pluginId) {
        return subscriptions.find(tenantId, pluginId).orElse(null);
    }

    private Subscription active(TenantAccess access, String pluginId) {
        Subscription subscription = subscription(access.tenantId(), pluginId);
        if (subscription == null || !subscription.isActive()) {
            throw new NotFoundException("subscription to the instrument", pluginId);
        }
        return subscription;
    }

    private LoadedInstrument available(String pluginId) {
        return runtime.instrument(pluginId).orElseThrow(() -> new NotFoundException("instrument", pluginId));
    }

    private CatalogueEntry entry(LoadedInstrument instrument, Subscription subscription) {
        CatalogueEntry.SubscriptionView view = subscription == null ? null
                : new CatalogueEntry.SubscriptionView(subscription.isActive(), subscription.isUsable(),
                        subscription.getSubscribedAt(), subscription.getUnsubscribedAt(),
                        subscription.retainedUntil(retention()), subscription.getVersion());
        if (instrument == null) {
            return new CatalogueEntry(subscription.getPluginId(), null, null, null, null, null, null, List.of(),
                    List.of(), List.of(), List.of(), view);
        }
        var d = instrument.descriptor();
        String releaseNotes = em.createQuery("SELECT r.releaseNotes FROM PluginRelease r WHERE r.id = :id",
                String.class).setParameter("id", instrument.releaseId()).getResultStream().filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new CatalogueEntry(instrument.pluginId(), instrument.version(), d.name(), d.description(), d.icon(),
                d.category(), releaseNotes,
                d.permissions().stream().map(p -> new CatalogueEntry.PermissionView(p.id(), p.label(),
                        p.defaultRoles().stream().map(Enum::name).sorted().toList())).toList(),
                instrument.operations().stream().map(o -> o.name()).toList(),
                instrument.exports().stream().map(e -> e.name()).toList(),
                instrument.recordKinds().stream().map(k -> k.name()).toList(), view);
    }

}
