package be.buurtwijzer.core.infrastructure.plugins;

import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import jakarta.json.bind.Jsonb;
import java.util.List;
import java.util.Optional;

/**
 * A started plugin: its instrument and what it declared, read once at start, and its pages (null when
 * the plugin has no {@link InstrumentUi}). The JSON-B instance belongs to this plugin so that unloading
 * it releases the classes it has seen.
 */
public record LoadedInstrument(String pluginId, String version, String releaseId, Instrument instrument,
        InstrumentDescriptor descriptor, List<OperationSpec<?, ?>> operations, List<ExportSpec> exports,
        List<RecordKind<?>> recordKinds, InstrumentUi ui, Jsonb jsonb) {

    /** The instrument's pages; plugin code, so call it inside the guard. */
    public List<ViewSpec> views() {
        return ui == null ? List.of() : ui.views();
    }

    /** The instrument's home card, or null; plugin code, so call it inside the guard. */
    public DashboardCardSpec dashboardCard() {
        return ui == null ? null : ui.dashboardCard();
    }

    public Optional<OperationSpec<?, ?>> operation(String name) {
        return operations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public Optional<ExportSpec> export(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<RecordKind<?>> recordKind(String name) {
        return recordKinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
