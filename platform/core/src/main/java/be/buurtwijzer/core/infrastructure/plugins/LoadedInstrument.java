package be.buurtwijzer.core.infrastructure.plugins;

import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import jakarta.json.bind.Jsonb;
import java.util.List;
import java.util.Optional;

/**
 * A started plugin: its instrument and what it declared, read once at start. The JSON-B instance
 * belongs to this plugin so that unloading it releases the classes it has seen.
 */
public record LoadedInstrument(String pluginId, String version, String releaseId, Instrument instrument,
        InstrumentDescriptor descriptor, List<OperationSpec<?, ?>> operations, List<ExportSpec> exports,
        List<RecordKind<?>> recordKinds, Jsonb jsonb) {

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
