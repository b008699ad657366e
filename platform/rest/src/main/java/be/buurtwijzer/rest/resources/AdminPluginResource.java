package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.instruments.PluginHealthService;
import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Plugin health on this node: state, calls, failures and the most recent ones (platform administrators). */
@Path("v1/admin/plugins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPluginResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PluginHealthService health;

    @GET
    public List<PluginHealth.Snapshot> health() {
        return health.snapshots(caller.get());
    }
}
