package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.infrastructure.plugins.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Plugin health on this node: state, calls, failures and the most recent ones (platform administrators). */
@Path("v1/admin/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPluginResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PluginRuntime runtime;

    @GET
    public List<PluginHealth.Snapshot> health() {
        if (!caller.get().isPlatformAdmin()) {
            throw new ForbiddenException("Only a platform administrator may see plugin health.");
        }
        return runtime.health().snapshots();
    }
}
