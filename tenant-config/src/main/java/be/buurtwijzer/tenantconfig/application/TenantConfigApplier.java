package be.buurtwijzer.tenantconfig.application;

import be.buurtwijzer.tenantconfig.domain.ConfigProblem;
import be.buurtwijzer.tenantconfig.domain.ConfigReader;
import be.buurtwijzer.tenantconfig.domain.ConfigSet;
import be.buurtwijzer.tenantconfig.domain.PlatformUserEntry;
import be.buurtwijzer.tenantconfig.domain.TenantFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the configuration directory named by {@code BUURTWIJZER_TENANT_CONFIG}: at start-up and
 * on request of a platform administrator. Idempotent: applying the same files twice changes
 * nothing the second time; a changed file updates its municipality.
 */
@ApplicationScoped
public class TenantConfigApplier {

    private static final Logger LOG = Logger.getLogger(TenantConfigApplier.class.getName());

    @Inject
    FileApplier files;

    @Inject
    Validator validator;

    @Inject
    SeedRunner seeds;

    @Inject
    @ConfigProperty(name = "buurtwijzer.tenant-config")
    Optional<String> directory;

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @Inject
    be.buurtwijzer.core.infrastructure.PasswordHasher hasher;

    /** Applies the configured directory again, without a restart: for a platform administrator only. */
    public Optional<ApplyReport> applyConfigured(be.buurtwijzer.core.application.shared.Caller caller) {
        platform.administrator(caller);
        return directory.filter(d -> !d.isBlank()).map(d -> apply(Path.of(d), System::getenv, (delay, task) -> task.run(), false));
    }

    /**
     * @param seedRunner runs the instrument seeds (all municipalities one after another, in one task), and later those
     *        another node holds: at start-up they must wait until the application has started, because instrument
     *        calls run on the application's managed executor
     */
    public Optional<ApplyReport> applyConfigured(SeedRunner.Later seedRunner) {
        return directory.filter(d -> !d.isBlank()).map(d -> apply(Path.of(d), System::getenv, seedRunner, true));
    }

    /**
     * @param waitForOtherNodes whether the seeds a starting node finds claimed by another node are waited for (and run
     *        when that node stopped before finishing them), or left to it
     */
    public ApplyReport apply(Path dir, Function<String, String> env, SeedRunner.Later seedRunner,
            boolean waitForOtherNodes) {
        if (!Files.isDirectory(dir)) {
            ConfigProblem missing = new ConfigProblem(dir.toString(), null, "is not a directory");
            LOG.warning("tenant-config: " + missing);
            return new ApplyReport(dir.toString(), List.of(), List.of(missing));
        }
        ConfigSet set = new ConfigReader(validator).read(dir);
        // one password variable often serves hundreds of new accounts: PBKDF2 once for it, not once per account
        try (var once = hasher.hashEqualPasswordsOnce()) {
            return apply(dir, set, env, seedRunner, waitForOtherNodes);
        }
    }

    private ApplyReport apply(Path dir, ConfigSet set, Function<String, String> env,
            SeedRunner.Later seedRunner, boolean waitForOtherNodes) {
        List<ApplyReport.FileResult> results = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>(set.problems());
        List<String> platformChanges = new ArrayList<>();
        Map<String, SeedRunner.FileSeeds> withSeeds = new java.util.LinkedHashMap<>();
        for (PlatformUserEntry user : set.platform().users()) {
            try {
                platformChanges.addAll(files.applyPlatformUser(user, env));
            } catch (RuntimeException e) {
                problems.add(new ConfigProblem("platform.json", "users", user.email() + ": " + e.getMessage()));
            }
        }
        results.add(new ApplyReport.FileResult("platform.json", platformChanges));
        for (Map.Entry<String, TenantFile> entry : set.tenants().entrySet()) {
            try {
                FileApplier.TenantOutcome outcome = files.applyTenant(entry.getValue(), env);
                if (!entry.getValue().instrumentData().isEmpty()) {
                    withSeeds.put(entry.getValue().slug(),
                            new SeedRunner.FileSeeds(entry.getKey(), entry.getValue().instrumentData()));
                }
                results.add(new ApplyReport.FileResult(entry.getKey(), outcome.changes()));
            } catch (RuntimeException e) {
                problems.add(new ConfigProblem(entry.getKey(), null, "not applied, nothing of it was changed: "
                        + e.getMessage()));
            }
        }
        // the seeds of the municipalities just subscribed, and those a node stopped before finishing
        java.util.Set<String> unfinished = withSeeds.isEmpty() ? java.util.Set.of() : seeds.unfinished(withSeeds.keySet());
        if (!unfinished.isEmpty()) {
            // one after another, as one task: a thousand new municipalities must not take every thread and
            // connection of a node that has just become ready, nor make each other's plugin calls time out
            seedRunner.run(java.time.Duration.ZERO,
                    () -> seeds.run(withSeeds, unfinished, waitForOtherNodes, seedRunner));
        }
        ApplyReport report = new ApplyReport(dir.toString(), results, problems);
        results.forEach(r -> LOG.info("tenant-config " + r.file() + ": "
                + (r.unchanged() ? "unchanged" : String.join("; ", r.changes()))));
        problems.forEach(p -> LOG.severe("tenant-config problem: " + p));
        return report;
    }
}
