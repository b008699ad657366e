package be.buurtwijzer.rest.health;

import be.buurtwijzer.core.application.releases.ReleaseCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Started and ready only once this node has loaded the approved plugins at start-up, so that a load balancer
 * (or Kubernetes' readiness probe) never sends a request to a node whose instruments are not there yet. A plugin
 * that failed or was refused does not hold readiness back: it is reported in the plugin health instead.
 */
@Startup
@Readiness
@ApplicationScoped
public class PluginsStarted implements HealthCheck {

    @Inject
    ReleaseCatalogue releases;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("plugins").status(releases.startedAll()).build();
    }
}
