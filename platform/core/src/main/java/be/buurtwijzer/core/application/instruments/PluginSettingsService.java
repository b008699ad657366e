package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Change;
import be.buurtwijzer.core.domain.instruments.PluginSetting;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.plugin.api.SettingSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values platform administrators set for plugins (their {@link SettingSpec}s), the same for every
 * municipality: listed with their current value, changed with the plugin's own check and the version read,
 * audited on the platform trail, read by the plugin through its context.
 */
@ApplicationScoped
@Transactional
public class PluginSettingsService {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    /** One setting as the administrator sees it. */
    public record SettingView(String pluginId, String instrument, String key, String label, String description,
            String example, String value, Long version, Instant updatedAt, String updatedBy) {
    }

    /** A new value, with the version read (null when none was set yet). */
    public record SettingChange(String value, Long version) {
    }

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginGuard guard;


    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every setting of every running plugin, for a platform administrator. */
    public List<SettingView> list(Caller caller, Locale locale) {
        platform.administrator(caller);
        return runtime.instruments().stream().sorted(java.util.Comparator.comparing(LoadedInstrument::pluginId))
                .flatMap(i -> specs(i).stream().map(s -> view(i, s, stored(i.pluginId(), s.key()).orElse(null),
                        locale == null ? DUTCH : locale))).toList();
    }

    public SettingView change(Caller caller, String pluginId, String key, SettingChange change) {
        platform.administrator(caller);
        LoadedInstrument instrument = runtime.instrument(pluginId).orElseThrow(() -> new NotFoundException("instrument",
                pluginId));
        SettingSpec spec = specs(instrument).stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("setting", key));
        if (change == null || change.value() == null || change.value().isBlank()) {
            throw InvalidInputException.of("value", "is required: a JSON document");
        }
        try (var reader = Json.createReader(new StringReader(change.value()))) {
            reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            throw InvalidInputException.of("value", "is not JSON");
        }
        String problem = guard.call(pluginId, instrument.descriptor().name().in(DUTCH), "setting " + key,
                () -> spec.validator() == null ? null : spec.validator().problem(change.value()));
        if (problem != null) {
            throw InvalidInputException.of("value", problem);
        }
        Optional<PluginSetting> existing = stored(pluginId, key);
        long current = existing.map(PluginSetting::getVersion).orElse(-1L);
        if (existing.isPresent() ? change.version() == null || change.version() != current : change.version() != null) {
            throw ConflictException.staleVersion("setting", existing.isPresent() ? current : 0);
        }
        String before = existing.map(PluginSetting::getJson).orElse(null);
        PluginSetting setting = existing.orElseGet(() -> {
            PluginSetting created = new PluginSetting(pluginId, key);
            em.persist(created);
            return created;
        });
        setting.set(change.value(), clock.instant(), caller.email());
        Conflicts.flush(em, "setting");
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("value", new Change(before, change.value()));
        audit.platform(caller, before == null ? AuditAction.CREATE : AuditAction.UPDATE, "plugin-setting",
                pluginId + "/" + key, null, changes);
        return view(instrument, spec, setting, DUTCH);
    }

    /** The value for the plugin's context; read at every call, so a change counts at once on every node. */
    public Optional<String> value(String pluginId, String key) {
        return stored(pluginId, key).map(PluginSetting::getJson);
    }

    private Optional<PluginSetting> stored(String pluginId, String key) {
        return em.createQuery("SELECT s FROM PluginSetting s WHERE s.pluginId = :p AND s.key = :k", PluginSetting.class)
                .setParameter("p", pluginId).setParameter("k", key).getResultStream().findFirst();
    }

    private List<SettingSpec> specs(LoadedInstrument instrument) {
        try {
            List<SettingSpec> specs = instrument.instrument().settings();
            return specs == null ? List.of() : specs;
        } catch (RuntimeException e) {
            guard.failed(instrument.pluginId(), "settings", e);
            return List.of();
        }
    }

    private static SettingView view(LoadedInstrument i, SettingSpec s, PluginSetting stored, Locale locale) {
        return new SettingView(i.pluginId(), i.descriptor().name().in(locale), s.key(), s.label().in(locale),
                s.description().in(locale), s.example(), stored == null ? null : stored.getJson(),
                stored == null ? null : stored.getVersion(), stored == null ? null : stored.getUpdatedAt(),
                stored == null ? null : stored.getUpdatedBy());
    }
}
