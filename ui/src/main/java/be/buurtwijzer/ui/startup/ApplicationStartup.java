package be.buurtwijzer.ui.startup;

import be.buurtwijzer.core.application.lifecycle.NodeStart;
import be.buurtwijzer.core.application.lifecycle.TenantDeletionService;
import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.core.application.releases.ReleaseCatalogue;
import be.buurtwijzer.core.application.privacy.RetentionService;
import be.buurtwijzer.core.infrastructure.JobLeases;
import be.buurtwijzer.core.infrastructure.Migrations;
import be.buurtwijzer.tenantconfig.application.TenantConfigApplier;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * At start-up: bring the schema up to date, publish the bundled plugins and start the approved
 * releases, apply the tenant configuration; then, on a schedule, converge on the releases and run the purges
 * (instrument data past its retention, municipalities past their deletion grace period).
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
    private static final int DATABASE_RETRY_SECONDS = 5;

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    @Inject
    TenantConfigApplier tenantConfig;

    @Inject
    ReleaseCatalogue releases;

    @Inject
    @ConfigProperty(name = "buurtwijzer.bundled-plugins")
    Optional<String> bundledPlugins;

    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.converge-seconds", defaultValue = "5")
    int convergeSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> convergence;

    private final List<ScheduledFuture<?>> purges = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Inject
    RetentionService retention;

    @Inject
    @ConfigProperty(name = "buurtwijzer.retention.purge-hours", defaultValue = "6")
    int purgeHours;

    @Inject
    TenantDeletionService deletions;

    @Inject
    @ConfigProperty(name = "buurtwijzer.tenant.purge-interval-minutes", defaultValue = "60")
    int purgeIntervalMinutes;

    @Inject
    JobLeases leases;

    @Inject
    NodeStart nodeStart;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        startWhenTheDatabaseAnswers();
    }

    /**
     * A node that starts before its database (a cluster restarting, the database failing over), or loses it in the
     * middle of its start, keeps trying instead of failing its start for good: it stays not ready (the start check
     * is down) until the database answers and the start below has run. Anything else fails the start, loudly, once.
     */
    private void startWhenTheDatabaseAnswers() {
        Optional<String> away = DatabaseOutage.probe(dataSource, 5);
        if (away.isEmpty()) {
            try {
                start();
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causes(e)) {
                    throw e;
                }
                away = Optional.of(e.toString());
            }
        }
        LOG.warning("The database does not answer (" + away.get() + "); this node stays not ready and tries again in "
                + DATABASE_RETRY_SECONDS + " s.");
        scheduler.schedule(this::retryStart, DATABASE_RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private void retryStart() {
        try {
            startWhenTheDatabaseAnswers();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Starting on the database failed; this node stays not ready until it is restarted", e);
        }
    }

    private void start() {
        MigrateResult result = Migrations.migrate(dataSource);
        LOG.info(result.migrationsExecuted == 0 ? "Database schema is up to date; no migration applied."
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                        + " migration(s) applied).");
        bundledPlugins.filter(d -> !d.isBlank()).map(d -> releases.publishBundled(Path.of(d)))
                .filter(published -> !published.isEmpty())
                .ifPresent(published -> LOG.info("Published the bundled plugins " + published));
        releases.startAll();
        // instrument seeds call plugins on the managed executor, which runs tasks once the application has started
        tenantConfig.applyConfigured((delay, task) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS)).ifPresentOrElse(
                report -> LOG.info("Tenant configuration applied from " + report.directory()
                        + (report.problems().isEmpty() ? "" : " with " + report.problems().size() + " problem(s)")),
                () -> LOG.info("No tenant configuration directory set (BUURTWIJZER_TENANT_CONFIG)."));
        // another node may approve or withdraw a release: every node converges on the database by itself, and
        // an approved release is running everywhere within about this interval (one cheap query when nothing changed)
        convergence = scheduler.scheduleWithFixedDelay(this::converge, convergeSeconds, convergeSeconds,
                TimeUnit.SECONDS);
        // once the schema is there: right after start (not holding the start up), then once per period; of all the
        // nodes, the one that takes the period's lease does it. Retention is counted in days, so every few hours is
        // on time; a municipality past its grace period goes within the hour.
        purges.add(onceEvery("retention-purge", Duration.ofHours(purgeHours), () -> {
            int purged = retention.purgeAll();
            return purged == 0 ? null : "Purged " + purged + " instrument record(s) past their retention period.";
        }));
        purges.add(onceEvery("tenant-purge", Duration.ofMinutes(Math.max(1, purgeIntervalMinutes)), () -> {
            List<String> purged = deletions.purgeDue();
            return purged.isEmpty() ? null : "Purged the municipalities " + purged + " after their grace period.";
        }));
        nodeStart.completed();
        LOG.info("Buurtwijzer is ready.");
    }

    /** Runs the work once per period across all nodes; it answers what to log, or null for nothing worth it. */
    private ScheduledFuture<?> onceEvery(String job, Duration period, Supplier<String> work) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (leases.take(job, period)) {
                    String done = leases.givenBackOnFailure(job, work);
                    if (done != null) {
                        LOG.info(done);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The scheduled job " + job + " failed; trying again at its next time", e);
            }
        }, 0, period.toSeconds(), TimeUnit.SECONDS);
    }

    private void converge() {
        try {
            releases.converge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Converging the plugins on the database failed; trying again later", e);
        }
    }

    @PreDestroy
    void stop() {
        if (convergence != null) {
            convergence.cancel(false);
        }
        purges.forEach(purge -> purge.cancel(false));
    }
}
