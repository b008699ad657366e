package be.buurtwijzer.core.infrastructure;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the platform schema with Flyway from {@code db/migration}. Applied
 * migrations are recorded in {@code flyway_schema_history}, so a restart applies nothing twice.
 * The empty {@code flyway.location} files in db/migration and db/callback are how Flyway finds
 * those folders through Liberty's class loader.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
