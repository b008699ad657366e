package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.core.application.instruments.PluginHealthService;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** Plugin health for platform administrators: state, calls, failures, the recent failures with their references. */
@Route(value = "platform/plugins", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PLATFORM_ADMIN)
public class PluginHealthView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Inject
    public PluginHealthView(PluginHealthService health) {
        getStyle().set("padding", "1rem");
        Grid<PluginHealth.Snapshot> grid = new Grid<>();
        grid.addColumn(PluginHealth.Snapshot::pluginId).setHeader(getTranslation("field.plugin"));
        grid.addColumn(PluginHealth.Snapshot::version).setHeader(getTranslation("field.version"));
        grid.addColumn(s -> s.state() == null ? "" : getTranslation("PluginState." + s.state().name())).setHeader(getTranslation("field.state"));
        grid.addColumn(PluginHealth.Snapshot::calls).setHeader(getTranslation("health.calls"));
        grid.addColumn(PluginHealth.Snapshot::failures).setHeader(getTranslation("health.failures"));
        grid.addColumn(s -> s.reason() != null ? s.reason() : s.recentFailures().isEmpty() ? ""
                : s.recentFailures().get(0).message()).setHeader(getTranslation("health.latest")).setFlexGrow(3);
        var snapshots = health.snapshots(UiSession.requireCaller());
        grid.setItems(snapshots);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("nav.plugins"));
        add(new H1(getTranslation("nav.plugins")), grid, new H2(getTranslation("health.recent")), recentFailures(snapshots));
    }

    private Grid<FailureRow> recentFailures(List<PluginHealth.Snapshot> snapshots) {
        Grid<FailureRow> failures = new Grid<>();
        failures.addColumn(f -> TIME.format(f.failure().at())).setHeader(getTranslation("field.when")).setAutoWidth(true);
        failures.addColumn(FailureRow::pluginId).setHeader(getTranslation("field.plugin")).setAutoWidth(true);
        failures.addColumn(f -> f.failure().where()).setHeader(getTranslation("health.where")).setAutoWidth(true);
        failures.addColumn(f -> f.failure().message()).setHeader(getTranslation("health.message")).setFlexGrow(3);
        failures.addColumn(f -> f.failure().reference()).setHeader(getTranslation("health.reference")).setAutoWidth(true);
        failures.setItems(snapshots.stream()
                .flatMap(s -> s.recentFailures().stream().map(f -> new FailureRow(s.pluginId(), f)))
                .sorted(Comparator.comparing((FailureRow f) -> f.failure().at()).reversed()).toList());
        failures.setAllRowsVisible(true);
        failures.getElement().setAttribute("aria-label", getTranslation("health.recent"));
        return failures;
    }

    record FailureRow(String pluginId, PluginHealth.Failure failure) {
    }
}
