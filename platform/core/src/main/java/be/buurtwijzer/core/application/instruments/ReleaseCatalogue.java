package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    /** At start-up: for every plugin the highest runnable release that starts. */
    public void startAll() {
        store.runnable().forEach((pluginId, releases) -> {
            for (String[] release : releases) {
                if (activate(release[2]).started()) {
                    return;
                }
            }
        });
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

    /** After a withdrawal: stop the plugin, then start the highest release still runnable, if any. */
    public void reconsider(String pluginId) {
        List<String[]> releases = store.runnable().getOrDefault(pluginId, List.of());
        String activeRelease = runtime.instrument(pluginId).map(LoadedInstrument::releaseId).orElse(null);
        if (activeRelease != null && releases.stream().anyMatch(r -> r[2].equals(activeRelease))
                && releases.get(0)[2].equals(activeRelease)) {
            return;
        }
        for (String[] release : releases) {
            if (release[2].equals(activeRelease) || activate(release[2]).started()) {
                return;
            }
        }
        runtime.unload(pluginId);
        runtime.stopped(pluginId, null, "No runnable release left.");
    }
}
