package be.buurtwijzer.rest.health;

import be.buurtwijzer.core.application.shared.DatabaseOutage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return DatabaseOutage.probe(dataSource, 2)
                // the kind of failure only: this endpoint answers anyone, the message may name hosts
                .map(why -> HealthCheckResponse.named("database").down().withData("error", why.split(":")[0]).build())
                .orElseGet(() -> HealthCheckResponse.named("database").up().build());
    }
}
