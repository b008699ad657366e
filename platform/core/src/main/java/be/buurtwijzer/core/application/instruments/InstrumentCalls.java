package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.core.application.shared.PageRequest;
import be.buurtwijzer.plugin.api.DashboardCardSpec;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.ViewSpec;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Operations, exports and records of an instrument, as the REST API and the UI call them. Each
 * call passes the instrument gate (membership, subscription, running plugin) and the plugin's
 * permission; plugin code runs only inside the guard.
 */
@ApplicationScoped
public class InstrumentCalls {

    @Inject
    InstrumentGate gate;

    @Inject
    PluginGuard guard;

    @Inject
    RecordStoreService records;

    @Inject
    RegisterReadService register;

    @Inject
    Clock clock;

    /** A plugin view ready to be built on the UI thread, with its context already scoped. */
    public record View(String pluginId, String instrumentName, ViewSpec spec, InstrumentContext context) {
    }

    /** A dashboard card of an enabled instrument the caller may see. */
    public record Card(String pluginId, String instrumentName, DashboardCardSpec spec, InstrumentContext context) {
    }

    /** The view {@code route} of an instrument, if the caller may open it (gate, subscription, permission). */
    public View view(Caller caller, String slug, String pluginId, String route) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        ViewSpec spec = ticket.instrument().instrument().views().stream().filter(v -> v.route().equals(route))
                .findFirst().orElseThrow(() -> new NotFoundException("view", route));
        ticket.require(spec.permission());
        return new View(pluginId, ticket.name(), spec, new PlatformInstrumentContext(ticket, records, register, clock));
    }

    /** Views per enabled instrument the caller may open, for the navigation. */
    public java.util.List<View> views(Caller caller, String slug, java.util.List<String> enabledPluginIds) {
        java.util.List<View> views = new java.util.ArrayList<>();
        for (String pluginId : enabledPluginIds) {
            InstrumentTicket ticket;
            try {
                ticket = gate.enter(caller, slug, pluginId);
            } catch (RuntimeException unavailable) {
                continue;
            }
            var context = new PlatformInstrumentContext(ticket, records, register, clock);
            for (ViewSpec spec : safeViews(ticket)) {
                if (spec.permission() == null || ticket.permissions().contains(spec.permission())) {
                    views.add(new View(pluginId, ticket.name(), spec, context));
                }
            }
        }
        return views;
    }

    public java.util.List<Card> cards(Caller caller, String slug, java.util.List<String> enabledPluginIds) {
        java.util.List<Card> cards = new java.util.ArrayList<>();
        for (String pluginId : enabledPluginIds) {
            try {
                InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
                DashboardCardSpec card = ticket.instrument().instrument().dashboardCard();
                if (card != null && (card.permission() == null || ticket.permissions().contains(card.permission()))) {
                    cards.add(new Card(pluginId, ticket.name(), card,
                            new PlatformInstrumentContext(ticket, records, register, clock)));
                }
            } catch (RuntimeException e) {
                guard.failed(pluginId, "dashboard card", e);
            }
        }
        return cards;
    }

    private java.util.List<ViewSpec> safeViews(InstrumentTicket ticket) {
        try {
            return ticket.instrument().instrument().views();
        } catch (RuntimeException e) {
            guard.failed(ticket.instrument().pluginId(), "views", e);
            return java.util.List.of();
        }
    }

    /** A produced document. */
    public record Document(byte[] content, String mediaType, String fileName) {
    }

    public String operation(Caller caller, String slug, String pluginId, String name, String jsonInput) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        OperationSpec<?, ?> operation = ticket.instrument().operation(name)
                .orElseThrow(() -> new NotFoundException("operation", name));
        ticket.require(operation.permission());
        Object input = read(ticket, jsonInput == null || jsonInput.isBlank() ? "{}" : jsonInput, operation.input());
        var context = new PlatformInstrumentContext(ticket, records, register, clock);
        Object output = guard.call(pluginId, ticket.name(), "operation " + name, () -> operation.call(context, input));
        return ticket.instrument().jsonb().toJson(output);
    }

    public Document export(Caller caller, String slug, String pluginId, String name, Map<String, String> parameters) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        ExportSpec export = ticket.instrument().export(name).orElseThrow(() -> new NotFoundException("export", name));
        ticket.require(export.permission());
        var context = new PlatformInstrumentContext(ticket, records, register, clock);
        byte[] content = guard.call(pluginId, ticket.name(), "export " + name,
                () -> export.producer().produce(context, Map.copyOf(parameters)));
        return new Document(content, export.mediaType(), pluginId + "-" + name + "." + export.fileExtension());
    }

    public Page<RecordRow> listRecords(Caller caller, String slug, String pluginId, String kind, String page,
            String size) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        ticket.require(kind(ticket, kind).readPermission());
        PageRequest request = PageRequest.parse(page, size, null, Set.of("createdAt"), "-createdAt");
        return records.list(ticket, kind, request.page(), request.size());
    }

    public RecordRow getRecord(Caller caller, String slug, String pluginId, String kind, String id) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        ticket.require(kind(ticket, kind).readPermission());
        RecordRow row = records.find(ticket, kind, id);
        if (row == null) {
            throw new NotFoundException(kind, id);
        }
        return row;
    }

    /** @param body {@code {"value": {…}}} */
    public RecordRow createRecord(Caller caller, String slug, String pluginId, String kind, String body) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        RecordKind<?> recordKind = kind(ticket, kind);
        ticket.require(recordKind.writePermission());
        return records.create(ticket, kind, normalise(ticket, RecordRequest.parse(body).value(), recordKind.type()));
    }

    /** @param body {@code {"version": n, "value": {…}}} */
    public RecordRow updateRecord(Caller caller, String slug, String pluginId, String kind, String id, String body) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        RecordKind<?> recordKind = kind(ticket, kind);
        ticket.require(recordKind.writePermission());
        RecordRequest request = RecordRequest.parse(body);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "is required for an update: send the version you last read");
        }
        return records.update(ticket, kind, id, request.version(), normalise(ticket, request.value(),
                recordKind.type()));
    }

    public void deleteRecord(Caller caller, String slug, String pluginId, String kind, String id) {
        InstrumentTicket ticket = gate.enter(caller, slug, pluginId);
        ticket.require(kind(ticket, kind).writePermission());
        if (!records.delete(ticket, kind, id)) {
            throw new NotFoundException(kind, id);
        }
    }

    private static RecordKind<?> kind(InstrumentTicket ticket, String kind) {
        return ticket.instrument().recordKind(kind).orElseThrow(() -> new NotFoundException("record kind", kind));
    }

    /** Reads the JSON into the plugin's type (so its shape is checked) and writes it back as the stored form. */
    private static String normalise(InstrumentTicket ticket, String json, Class<?> type) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("value", "a JSON object is required");
        }
        return ticket.instrument().jsonb().toJson(read(ticket, json, type));
    }

    private static Object read(InstrumentTicket ticket, String json, Class<?> type) {
        try {
            Object value = ticket.instrument().jsonb().fromJson(json, type);
            if (value == null) {
                throw InvalidInputException.of("body", "a JSON object is required");
            }
            return value;
        } catch (JsonbException e) {
            throw InvalidInputException.of("body", "does not fit what the instrument expects: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
