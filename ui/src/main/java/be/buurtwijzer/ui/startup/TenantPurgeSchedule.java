package be.buurtwijzer.ui.startup;

import be.buurtwijzer.core.application.lifecycle.TenantDeletionService;
import be.buurtwijzer.core.infrastructure.JobLeases;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Purges the municipalities whose deletion grace period is over: once at start-up (after the schema
 * is migrated by {@link ApplicationStartup}) and then every {@code buurtwijzer.tenant.purge-interval-minutes}
 * (default 60). Of several nodes, the one that takes the period's lease runs it; the purge also locks each
 * municipality's row, so a purge asked for by hand at the same moment does not run it twice.
 */
@ApplicationScoped
public class TenantPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(TenantPurgeSchedule.class.getName());

    @Inject
    TenantDeletionService deletions;

    @Inject
    @ConfigProperty(name = "buurtwijzer.tenant.purge-interval-minutes", defaultValue = "60")
    int intervalMinutes;

    @Inject
    JobLeases leases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
            Object event) {
        task = scheduler.scheduleWithFixedDelay(this::purge, 0, Math.max(1, intervalMinutes), TimeUnit.MINUTES);
    }

    private void purge() {
        try {
            if (!leases.take("tenant-purge", Duration.ofMinutes(Math.max(1, intervalMinutes)))) {
                return;
            }
            var purged = leases.givenBackOnFailure("tenant-purge", deletions::purgeDue);
            if (!purged.isEmpty()) {
                LOG.info("Purged the municipalities " + purged + " after their grace period.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purging municipalities past their grace period failed; trying again later", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
