package be.buurtwijzer.ui;

import be.buurtwijzer.core.infrastructure.Migrations;
import be.buurtwijzer.tenantconfig.application.TenantConfigApplier;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/** At start-up: bring the schema up to date, then apply the tenant configuration. */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    @Inject
    TenantConfigApplier tenantConfig;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        MigrateResult result = Migrations.migrate(dataSource);
        LOG.info(result.migrationsExecuted == 0 ? "Database schema is up to date; no migration applied."
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                        + " migration(s) applied).");
        tenantConfig.applyConfigured().ifPresentOrElse(
                report -> LOG.info("Tenant configuration applied from " + report.directory()
                        + (report.problems().isEmpty() ? "" : " with " + report.problems().size() + " problem(s)")),
                () -> LOG.info("No tenant configuration directory set (BUURTWIJZER_TENANT_CONFIG)."));
        LOG.info("Buurtwijzer is ready.");
    }
}
