package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Which release of each plugin runs on this node: the highest runnable one that starts and whose
 * record migration succeeds; otherwise the previous one stays (or the next lower one starts).
 */
@ApplicationScoped
public class ReleaseCatalogue {

    private static final Logger LOG = Logger.getLogger(ReleaseCatalogue.class.getName());

    @Inject
    ReleaseStore store;

    @Inject
    PluginRuntime runtime;

    @Inject
    RecordMigrator migrator;

    public List<String> publishBundled(Path directory) {
        return store.publishBundled(directory);
    }

    /** Releases that failed to start or migrate on this node: not tried again until a restart. */
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    /** Whether the start-up round of {@link #startAll()} has finished on this node (the readiness probe waits for it). */
    private volatile boolean startedAll;

    /** At start-up: for every plugin the highest runnable release that starts. */
    public void startAll() {
        converge();
        startedAll = true;
    }

    /** True once this node has tried every approved release at start-up (whether each started or was refused). */
    public boolean startedAll() {
        return startedAll;
    }

    /** Starts this release in place of the running one, migrating the stored records; rolls back on failure. */
    public PluginRuntime.StartResult activate(String releaseId) {
        byte[] jar = store.artifact(releaseId);
        String pluginId = be.buurtwijzer.core.domain.instruments.PluginManifest.read(jar).id();
        LoadedInstrument previous = runtime.instrument(pluginId).orElse(null);
        PluginRuntime.StartResult result = runtime.start(releaseId, jar);
        if (!result.started()) {
            store.markStartProblem(releaseId, result.problem());
            return result;
        }
        try {
            int migrated = migrator.migrate(result.instrument());
            if (migrated > 0) {
                LOG.info("Migrated " + migrated + " record(s) of " + pluginId + " to schema version "
                        + result.instrument().descriptor().dataSchemaVersion());
            }
        } catch (RuntimeException e) {
            String problem = "Record migration failed"
                    + (previous == null ? "" : "; version " + previous.version() + " stays active") + ": "
                    + e.getMessage();
            LOG.warning("Plugin " + pluginId + " " + result.instrument().version() + ": " + problem);
            runtime.health().failed(pluginId, new PluginHealth.Failure(Instant.now(), "record migration", problem,
                    UUID.randomUUID().toString()));
            if (previous != null) {
                runtime.start(previous.releaseId(), store.artifact(previous.releaseId()));
            } else {
                runtime.unload(pluginId);
                runtime.stopped(pluginId, result.instrument().version(), problem);
            }
            store.markStartProblem(releaseId, problem);
            return new PluginRuntime.StartResult(null, problem);
        }
        store.markStartProblem(releaseId, null);
        return result;
    }

    /**
     * Brings this node in line with the database: for every plugin, the highest runnable release
     * should run (a release approved or withdrawn on another node arrives here this way).
     */
    public void converge() {
        var runnable = store.runnable();
        runnable.forEach(this::reconsiderSafely);
        runtime.instruments().stream().map(LoadedInstrument::pluginId).filter(id -> !runnable.containsKey(id))
                .toList().forEach(id -> reconsiderSafely(id, List.of()));
    }

    /** One plugin that cannot be started (a damaged stored jar, say) never keeps the others or the node from starting. */
    private void reconsiderSafely(String pluginId, List<String[]> releases) {
        try {
            reconsider(pluginId, releases);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(java.util.logging.Level.WARNING, "Plugin " + pluginId + " could not be brought in line", e);
            releases.forEach(r -> failed.add(r[2]));
        }
    }

    /** After a decision: run the highest release still runnable (the running one stays if a higher one fails). */
    public void reconsider(String pluginId) {
        reconsider(pluginId, store.runnable().getOrDefault(pluginId, List.of()));
    }

    private synchronized void reconsider(String pluginId, List<String[]> releases) {
        String active = runtime.instrument(pluginId).map(LoadedInstrument::releaseId).orElse(null);
        for (String[] release : releases) {
            if (release[2].equals(active)) {
                return;
            }
            if (failed.contains(release[2])) {
                continue;
            }
            if (activate(release[2]).started()) {
                return;
            }
            failed.add(release[2]);
        }
        if (active != null) {
            runtime.unload(pluginId);
            runtime.stopped(pluginId, null, "No runnable release left.");
        }
    }
}
