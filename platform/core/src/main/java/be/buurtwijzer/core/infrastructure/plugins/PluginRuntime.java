package be.buurtwijzer.core.infrastructure.plugins;

import be.buurtwijzer.core.domain.instruments.ApiCompatibility;
import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.core.domain.instruments.PluginManifest;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.PlatformApi;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.PluginUiApi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * PF4J, once per JVM: loads, starts and unloads plugin jars that were materialised from the
 * database into a local cache. Which municipality may use a plugin is not decided here but on every
 * call, from the subscriptions: cost grows with plugins, not with tenants × plugins.
 */
@ApplicationScoped
public class PluginRuntime {

    private static final Logger LOG = Logger.getLogger(PluginRuntime.class.getName());

    private static final ApiCompatibility COMPATIBILITY = new ApiCompatibility(PlatformApi.VERSION, PluginUiApi.VERSION);

    private final Map<String, LoadedInstrument> active = new ConcurrentHashMap<>();
    /** Releases stopped on this node for what they did (threads left running), with the reason; until a restart. */
    private final Map<String, String> contained = new ConcurrentHashMap<>();
    private final PluginHealth health = new PluginHealth();
    private Path cache;
    private PlatformPluginManager manager;

    /**
     * Where this node writes the approved plugin jars before loading them ({@code BUURTWIJZER_PLUGIN_CACHE});
     * without it, a new folder in the system's temporary directory. In a container this is a writable volume.
     */
    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.cache")
    Optional<String> cacheDirectory = Optional.empty();

    /** Outcome of a start: the instrument, or the reason it was refused or failed. */
    public record StartResult(LoadedInstrument instrument, String problem) {
        public boolean started() {
            return instrument != null;
        }
    }

    private synchronized PlatformPluginManager manager() {
        if (manager == null) {
            try {
                Optional<Path> configured = cacheDirectory.filter(d -> !d.isBlank()).map(Path::of);
                if (configured.isPresent()) {
                    Files.createDirectories(configured.get());
                    // the configured folder is this node's alone: what earlier runs left (a run killed before it
                    // could clean up) would otherwise pile up until the volume is full
                    removeEarlierRuns(configured.get());
                }
                // a folder of its own per start, so that a restart never loads a jar the previous run left behind
                cache = configured.isPresent() ? Files.createTempDirectory(configured.get(), "buurtwijzer-plugins-")
                        : Files.createTempDirectory("buurtwijzer-plugins-");
            } catch (IOException e) {
                throw new PluginCacheException(cacheDirectory.filter(d -> !d.isBlank()).map(Path::of)
                        .orElse(Path.of(System.getProperty("java.io.tmpdir"))), e);
            }
            manager = new PlatformPluginManager(cache, PluginRuntime.class.getClassLoader());
        }
        return manager;
    }

    public Optional<LoadedInstrument> instrument(String pluginId) {
        return Optional.ofNullable(active.get(pluginId));
    }

    public Collection<LoadedInstrument> instruments() {
        return List.copyOf(active.values());
    }

    public PluginHealth health() {
        return health;
    }

    /** Semantic-version order, as PF4J compares Plugin-Version values. */
    public int compareVersions(String a, String b) {
        return manager().getVersionManager().compareVersions(a, b);
    }

    /**
     * Whether this platform can run the plugin, by its {@code Plugin-Requires} and {@code Plugin-Requires-UI};
     * null if it can.
     */
    public ApiCompatibility.Refusal incompatibility(PluginManifest manifest) {
        return COMPATIBILITY.refusal(manifest);
    }

    /**
     * Starts this release of a plugin in place of the running one. If it cannot start, the running
     * release (if any) stays active and the reason is returned.
     */
    public synchronized StartResult start(String releaseId, byte[] jar) {
        PluginManifest manifest = PluginManifest.read(jar);
        String pluginId = manifest.id();
        String containment = contained.get(releaseId);
        if (containment != null) {
            return new StartResult(null, containment);
        }
        ApiCompatibility.Refusal refusal = incompatibility(manifest);
        if (refusal != null) {
            health.state(pluginId, manifest.version(), PluginHealth.State.REFUSED, "Refused: " + refusal.reason() + ".");
            return new StartResult(null, "Refused: " + refusal.reason() + ".");
        }
        LoadedInstrument previous = active.get(pluginId);
        Path file;
        try {
            // before the running release is touched: a cache that cannot take the new jar leaves it running
            file = materialise(manifest, jar);
        } catch (PluginCacheException e) {
            return cannotMaterialise(pluginId, manifest, previous, e);
        }
        byte[] previousJar = previous == null ? null : readCached(previous);
        if (previous != null) {
            unload(pluginId);
        }
        try {
            LoadedInstrument started = load(releaseId, manifest, file);
            active.put(pluginId, started);
            health.state(pluginId, manifest.version(), PluginHealth.State.STARTED, null);
            LOG.info("Plugin " + pluginId + " " + manifest.version() + " started.");
            return new StartResult(started, null);
        } catch (RuntimeException | LinkageError e) {
            String reason = "Failed to start: " + describe(e);
            LOG.log(Level.WARNING, "Plugin " + pluginId + " " + manifest.version() + " failed to start", e);
            health.failed(pluginId, new PluginHealth.Failure(Instant.now(), "start", reason, UUID.randomUUID().toString()));
            safeUnload(pluginId);
            if (previous != null && previousJar != null) {
                PluginManifest previousManifest = PluginManifest.read(previousJar);
                LoadedInstrument restored = load(previous.releaseId(), previousManifest,
                        materialise(previousManifest, previousJar));
                active.put(pluginId, restored);
                health.state(pluginId, previous.version(), PluginHealth.State.STARTED, "Kept " + previous.version() + " because "
                        + manifest.version() + " failed to start: " + describe(e));
            } else {
                health.state(pluginId, manifest.version(), PluginHealth.State.FAILED, reason);
            }
            return new StartResult(null, reason);
        }
    }

    private StartResult cannotMaterialise(String pluginId, PluginManifest manifest, LoadedInstrument previous,
            PluginCacheException e) {
        String reason = "Failed to start: " + e.getMessage();
        LOG.warning("Plugin " + pluginId + " " + manifest.version() + " cannot start: " + e.getMessage());
        health.failed(pluginId, new PluginHealth.Failure(Instant.now(), "start", reason, UUID.randomUUID().toString()));
        if (previous != null) {
            health.state(pluginId, previous.version(), PluginHealth.State.STARTED, "Kept " + previous.version()
                    + " because " + manifest.version() + " failed to start: " + e.getMessage());
        } else {
            health.state(pluginId, manifest.version(), PluginHealth.State.FAILED, reason);
        }
        return new StartResult(null, reason);
    }

    private LoadedInstrument load(String releaseId, PluginManifest manifest, Path file) {
        PlatformPluginManager pf4j = manager();
        String id = pf4j.loadPlugin(file);
        PluginState state = pf4j.startPlugin(id);
        PluginWrapper wrapper = pf4j.getPlugin(id);
        if (state != PluginState.STARTED) {
            Throwable failure = wrapper == null ? null : wrapper.getFailedException();
            throw new IllegalStateException("the plugin did not start (state " + state + ")"
                    + (failure == null ? "" : ": " + describe(failure)), failure);
        }
        List<Instrument> extensions = pf4j.getExtensions(Instrument.class, id);
        if (extensions.size() != 1) {
            throw new IllegalStateException("a plugin must contribute exactly one Instrument extension, this one has "
                    + extensions.size() + " (is META-INF/extensions.idx in the jar?)");
        }
        Instrument instrument = extensions.get(0);
        List<InstrumentUi> pages = pf4j.getExtensions(InstrumentUi.class, id);
        if (pages.size() > 1) {
            throw new IllegalStateException("a plugin may contribute at most one InstrumentUi extension, this one has "
                    + pages.size());
        }
        if (!pages.isEmpty() && (manifest.requiresUi() == null || manifest.requiresUi().isBlank())) {
            throw new IllegalStateException("the plugin has pages (an InstrumentUi) but no Plugin-Requires-UI in its "
                    + "manifest; state the UI API range it was built for, e.g. >=1.0.0 & <2.0.0");
        }
        String privacy = be.buurtwijzer.core.domain.instruments.PrivacyDeclarations.problem(instrument);
        if (privacy != null) {
            throw new IllegalStateException("the plugin is refused: " + privacy);
        }
        InstrumentDescriptor descriptor = instrument.descriptor();
        return new LoadedInstrument(id, manifest.version(), releaseId, instrument, descriptor,
                List.copyOf(instrument.operations()), List.copyOf(instrument.exports()),
                List.copyOf(instrument.recordKinds()), pages.isEmpty() ? null : pages.get(0), JsonbBuilder.create());
    }

    private Path materialise(PluginManifest manifest, byte[] jar) {
        manager();
        Path file = cache.resolve(manifest.id() + "-" + manifest.version() + ".jar");
        try {
            // the same jar is there when a release that failed to replace it comes back: nothing to write then
            if (!Files.isRegularFile(file) || Files.size(file) != jar.length
                    || !java.util.Arrays.equals(Files.readAllBytes(file), jar)) {
                Files.write(file, jar);
            }
        } catch (IOException e) {
            throw new PluginCacheException(cache, e);
        }
        return file;
    }

    private byte[] readCached(LoadedInstrument instrument) {
        try {
            return Files.readAllBytes(cache.resolve(instrument.pluginId() + "-" + instrument.version() + ".jar"));
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops and unloads a plugin (it is withdrawn or being replaced). */
    public synchronized void unload(String pluginId) {
        LoadedInstrument removed = active.remove(pluginId);
        if (removed != null) {
            try {
                removed.jsonb().close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing JSON-B of " + pluginId, e);
            }
        }
        safeUnload(pluginId);
    }

    private void safeUnload(String pluginId) {
        try {
            if (manager().getPlugin(pluginId) != null) {
                manager().unloadPlugin(pluginId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unloading plugin " + pluginId + " failed", e);
        }
    }

    /**
     * Stops the running release of a plugin on this node for what it did, and keeps it from starting again here
     * until the node restarts; a new release of the plugin may start.
     */
    public synchronized void contain(String pluginId, String reason) {
        LoadedInstrument running = active.get(pluginId);
        if (running == null) {
            return;
        }
        contained.put(running.releaseId(), reason);
        unload(pluginId);
        health.state(pluginId, running.version(), PluginHealth.State.STOPPED, reason);
        LOG.warning("Plugin " + pluginId + " " + running.version() + " stopped on this node: " + reason);
    }

    /** The class loader of a running plugin: the classes of its own jar are the ones it loads and its parent does not. */
    public Optional<ClassLoader> loaderOf(String pluginId) {
        return instrument(pluginId).map(i -> i.instrument().getClass().getClassLoader());
    }

    public void stopped(String pluginId, String version, String reason) {
        health.state(pluginId, version, PluginHealth.State.STOPPED, reason);
    }

    @PreDestroy
    synchronized void shutdown() {
        if (manager != null) {
            // unloadPlugins() stops and unloads; stopPlugins() trips over pf4j #656 with one plugin
            manager.unloadPlugins();
        }
        active.clear();
        if (cache != null) {
            delete(cache);
        }
    }

    private static void removeEarlierRuns(Path folder) throws IOException {
        try (var earlier = Files.newDirectoryStream(folder, "buurtwijzer-plugins-*")) {
            earlier.forEach(PluginRuntime::delete);
        }
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.FINE, "could not remove " + folder, e);
        }
    }

    /** The root cause of a plugin failure, in one line, for logs, health and messages. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
