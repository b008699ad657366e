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
    InstrumentSeeder seeder;

    @Inject
    @ConfigProperty(name = "buurtwijzer.tenant-config")
    Optional<String> directory;

    public Optional<ApplyReport> applyConfigured() {
        return directory.filter(d -> !d.isBlank()).map(d -> apply(Path.of(d), System::getenv));
    }

    public ApplyReport apply(Path dir, Function<String, String> env) {
        if (!Files.isDirectory(dir)) {
            ConfigProblem missing = new ConfigProblem(dir.toString(), null, "is not a directory");
            LOG.warning("tenant-config: " + missing);
            return new ApplyReport(dir.toString(), List.of(), List.of(missing));
        }
        ConfigSet set = new ConfigReader(validator).read(dir);
        List<ApplyReport.FileResult> results = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>(set.problems());
        List<String> platformChanges = new ArrayList<>();
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
                List<String> changes = new ArrayList<>(outcome.changes());
                var seeds = entry.getValue().instrumentData().stream()
                        .filter(s -> outcome.subscribed().contains(s.instrument())).toList();
                try {
                    changes.addAll(seeder.run(entry.getValue().slug(), seeds));
                } catch (RuntimeException e) {
                    problems.add(new ConfigProblem(entry.getKey(), "instrumentData", "stopped: " + e.getMessage()));
                }
                results.add(new ApplyReport.FileResult(entry.getKey(), changes));
            } catch (RuntimeException e) {
                problems.add(new ConfigProblem(entry.getKey(), null, "not applied, nothing of it was changed: "
                        + e.getMessage()));
            }
        }
        ApplyReport report = new ApplyReport(dir.toString(), results, problems);
        results.forEach(r -> LOG.info("tenant-config " + r.file() + ": "
                + (r.unchanged() ? "unchanged" : String.join("; ", r.changes()))));
        problems.forEach(p -> LOG.severe("tenant-config problem: " + p));
        return report;
    }
}
