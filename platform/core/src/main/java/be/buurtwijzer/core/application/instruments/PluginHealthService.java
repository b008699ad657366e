package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.access.PlatformGate;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The plugins' health on this node, for platform administrators: state, calls, failures and the latest ones. */
@ApplicationScoped
public class PluginHealthService {

    @Inject
    PlatformGate platform;

    @Inject
    PluginRuntime runtime;

    public List<PluginHealth.Snapshot> snapshots(Caller caller) {
        platform.administrator(caller);
        return runtime.health().snapshots();
    }
}
