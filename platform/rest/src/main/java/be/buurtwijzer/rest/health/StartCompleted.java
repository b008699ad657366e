package be.buurtwijzer.rest.health;

import be.buurtwijzer.core.application.lifecycle.NodeStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Started and ready only once the node's start ran to its end (migrations, plugins, tenant configuration): a node
 * that came up before its database answers HTTP while it waits, and must not get traffic until then.
 */
@Startup
@Readiness
@ApplicationScoped
public class StartCompleted implements HealthCheck {

    @Inject
    NodeStart start;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start").status(start.complete()).build();
    }
}
