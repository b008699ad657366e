package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.domain.instruments.JarSignature;
import be.buurtwijzer.core.domain.instruments.PluginManifest;
import be.buurtwijzer.core.domain.instruments.PluginRelease;
import be.buurtwijzer.core.domain.instruments.ReleaseRules;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The plugin releases in the database: bundled publishing, artifacts, and what runs. */
@ApplicationScoped
public class ReleaseStore {

    private static final Logger LOG = Logger.getLogger(ReleaseStore.class.getName());
    public static final String BUNDLED_ORGANISATION = "Buurtwijzer";

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    Releases releases;

    @Inject
    PluginRuntime runtime;

    @Inject
    Clock clock;

    /** Publishes the plugins built with the platform, once: approved, by the built-in publisher. */
    @Transactional
    public List<String> publishBundled(Path directory) {
        List<String> published = new ArrayList<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return published;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                byte[] jar = Files.readAllBytes(file);
                PluginManifest manifest;
                try {
                    manifest = PluginManifest.read(jar);
                } catch (IllegalArgumentException e) {
                    LOG.warning("Bundled plugin " + file.getFileName() + " skipped: " + e.getMessage());
                    continue;
                }
                PluginRelease existing = find(manifest.id(), manifest.version());
                String sha256 = JarSignature.sha256(jar);
                if (ReleaseRules.bundledRebuilt(existing, BUNDLED_ORGANISATION, sha256)) {
                    // built again with the platform, e.g. after an upgrade of the plugin API: the stored jar of
                    // the same version would be refused by the new platform, so the catalogue's own release follows
                    existing.rebuilt(manifest.requires(), sha256, jar);
                    published.add(manifest.id() + " " + manifest.version() + " (rebuilt)");
                } else if (existing == null) {
                    PluginRelease release = new PluginRelease(manifest.id(), manifest.version(), BUNDLED_ORGANISATION,
                            manifest.requires(), sha256, jar, null, manifest.description(),
                            "system:bundled-catalogue", clock.instant());
                    release.decide(ReleaseStatus.APPROVED, "system:bundled-catalogue", clock.instant(),
                            "built and tested with the platform");
                    em.persist(release);
                    published.add(manifest.id() + " " + manifest.version());
                }
            }
        } catch (IOException e) {
            LOG.warning("Bundled plugins in " + directory + " could not be read: " + e.getMessage());
        }
        return published;
    }

    PluginRelease find(String pluginId, String version) {
        return releases.byVersion(pluginId, version).orElse(null);
    }

    /** Runnable releases per plugin, highest version first (id, version, release id). */
    @Transactional
    public Map<String, List<String[]>> runnable() {
        List<Object[]> rows = releases.summaries(List.of(ReleaseStatus.APPROVED, ReleaseStatus.DEPRECATED));
        Comparator<String[]> byVersion = (a, b) -> runtime.compareVersions(b[1], a[1]);
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1], (String) r[2]})
                .collect(Collectors.groupingBy(r -> r[0], Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted(byVersion).toList())));
    }

    /** The jar of a release, checked against the SHA-256 recorded at upload. */
    @Transactional
    public byte[] artifact(String releaseId) {
        PluginRelease release = em.find(PluginRelease.class, releaseId);
        if (release == null) {
            return null;
        }
        byte[] jar = release.getArtifact();
        if (!JarSignature.sha256(jar).equals(release.getSha256())) {
            throw new IllegalStateException("the stored jar of " + release.getPluginId() + " " + release.getVersion()
                    + " does not match its SHA-256; it is not loaded");
        }
        return jar;
    }

    @Transactional
    public void markStartProblem(String releaseId, String problem) {
        PluginRelease release = em.find(PluginRelease.class, releaseId);
        if (release != null) {
            release.setStartProblem(problem);
        }
    }
}
