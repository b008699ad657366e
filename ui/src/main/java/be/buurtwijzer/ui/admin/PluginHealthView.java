package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.infrastructure.plugins.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Plugin health for platform administrators: state, calls, failures, the latest failure. */
@Route(value = "platform/plugins", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PLATFORM_ADMIN)
public class PluginHealthView extends Main {

    @Inject
    public PluginHealthView(PluginRuntime runtime) {
        getStyle().set("padding", "1rem");
        Grid<PluginHealth.Snapshot> grid = new Grid<>();
        grid.addColumn(PluginHealth.Snapshot::pluginId).setHeader("Plugin");
        grid.addColumn(PluginHealth.Snapshot::version).setHeader(getTranslation("field.version"));
        grid.addColumn(s -> s.state() == null ? "" : s.state().name()).setHeader(getTranslation("field.state"));
        grid.addColumn(PluginHealth.Snapshot::calls).setHeader(getTranslation("health.calls"));
        grid.addColumn(PluginHealth.Snapshot::failures).setHeader(getTranslation("health.failures"));
        grid.addColumn(s -> s.reason() != null ? s.reason() : s.recentFailures().isEmpty() ? ""
                : s.recentFailures().get(0).message()).setHeader(getTranslation("health.latest")).setFlexGrow(3);
        grid.setItems(runtime.health().snapshots());
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("nav.plugins")), grid);
    }
}
