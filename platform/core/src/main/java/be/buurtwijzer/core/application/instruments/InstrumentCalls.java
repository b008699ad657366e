package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.core.application.shared.PageRequest;
import be.buurtwijzer.core.infrastructure.StrictJson;
import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.RecordPage;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.ViewSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operations, exports and records of an instrument, as the REST API and the UI call them. Each
 * call passes the instrument gate (membership, subscription, running plugin) and the plugin's
 * permission; plugin code runs only inside the guard. A page's context passes the gate again at
 * every action it takes, and changes data only through {@link #invoke}, the operations' own path. An
 * operation call is one transaction, from either path.
 */
@ApplicationScoped
public class InstrumentCalls {

    @Inject
    InstrumentGate instrumentGate;

    @Inject
    PluginGuard guard;

    @Inject
    OperationTransaction transaction;

    @Inject
    RecordStoreService records;

    @Inject
    RegisterReadService register;

    @Inject
    Clock clock;

    @Inject
    PluginConsents consents;

    @Inject
    PluginSettingsService settings;

    @Inject
    be.buurtwijzer.core.infrastructure.plugins.PluginRuntime runtime;

    @Inject
    PluginFileService files;

    @Inject
    be.buurtwijzer.core.application.admin.MunicipalityIdentity identity;

    @Inject
    be.buurtwijzer.core.application.audit.AuditReader audit;

    /** A plugin view ready to be built on the UI thread, with its context already scoped. */
    public record View(String pluginId, String instrumentName, ViewSpec spec, InstrumentContext context) {
    }

    /** A dashboard card of an enabled instrument the caller may see. */
    public record Card(String pluginId, String instrumentName, DashboardCardSpec spec, InstrumentContext context) {
    }

    /** The view {@code route} of an instrument, if the caller may open it (gate, subscription, permission). */
    public View view(Caller caller, String slug, String pluginId, String route) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        ViewSpec spec = ticket.instrument().views().stream().filter(v -> v.route().equals(route))
                .findFirst().orElseThrow(() -> new NotFoundException("view", route));
        ticket.require(spec.permission());
        return new View(pluginId, ticket.name(), spec, liveContext(ticket, caller, slug, pluginId));
    }

    /** Views per enabled instrument the caller may open, for the navigation. */
    public List<View> views(Caller caller, String slug, List<String> enabledPluginIds) {
        List<View> views = new ArrayList<>();
        for (var entered : instrumentGate.enterAll(caller, slug, enabledPluginIds).entrySet()) {
            String pluginId = entered.getKey();
            InstrumentTicket ticket = entered.getValue();
            var context = liveContext(ticket, caller, slug, pluginId);
            permittedViews(ticket).forEach(spec -> views.add(new View(pluginId, ticket.name(), spec, context)));
        }
        return views;
    }

    public List<Card> cards(Caller caller, String slug, List<String> enabledPluginIds) {
        List<Card> cards = new ArrayList<>();
        for (var entered : instrumentGate.enterAll(caller, slug, enabledPluginIds).entrySet()) {
            String pluginId = entered.getKey();
            InstrumentTicket ticket = entered.getValue();
            try {
                DashboardCardSpec card = ticket.instrument().dashboardCard();
                if (card != null && (card.permission() == null || ticket.permissions().contains(card.permission()))) {
                    cards.add(new Card(pluginId, ticket.name(), card, liveContext(ticket, caller, slug, pluginId)));
                }
            } catch (RuntimeException e) {
                guard.failed(pluginId, "dashboard card", e);
            }
        }
        return cards;
    }

    /**
     * Something an instrument asks attention for, with the route of its page where it is acted on: the one
     * the instrument named or else its first, among the pages the caller may open (null when none).
     */
    public record Noted(String pluginId, Text instrumentName, Text message, String route) {
    }

    /**
     * What the enabled instruments the caller may see ask attention for (API 1.6), in the order of the
     * instruments. An instrument that fails or is too slow is left out; the guard reports it.
     */
    public List<Noted> attention(Caller caller, String slug, List<String> enabledPluginIds) {
        List<Noted> noted = new ArrayList<>();
        for (var entered : instrumentGate.enterAll(caller, slug, enabledPluginIds).entrySet()) {
            String pluginId = entered.getKey();
            InstrumentTicket ticket = entered.getValue();
            try {
                Attention.Spec spec = ticket.instrument().instrument().attention();
                if (spec == null || (spec.permission() != null && !ticket.permissions().contains(spec.permission()))) {
                    continue;
                }
                InstrumentContext context = fragmentContext(ticket);
                List<Attention> found = guard.call(pluginId, ticket.name(), "attention",
                        () -> List.copyOf(spec.finder().find(context)));
                List<String> routes = permittedViews(ticket).stream().map(ViewSpec::route).toList();
                for (Attention a : found) {
                    String route = a.route() != null && routes.contains(a.route()) ? a.route()
                            : routes.isEmpty() ? null : routes.get(0);
                    noted.add(new Noted(pluginId, ticket.instrument().descriptor().name(), a.message(), route));
                }
            } catch (be.buurtwijzer.core.application.shared.ApplicationException reportedOrRefused) {
                // the guard logged a failure already; the home page goes on without this instrument
            } catch (RuntimeException e) {
                guard.failed(pluginId, "attention", e);
            }
        }
        return noted;
    }

    /** The instrument's pages this ticket's holder may open. */
    private List<ViewSpec> permittedViews(InstrumentTicket ticket) {
        return safeViews(ticket).stream()
                .filter(v -> v.permission() == null || ticket.permissions().contains(v.permission())).toList();
    }

    private List<ViewSpec> safeViews(InstrumentTicket ticket) {
        try {
            return ticket.instrument().views();
        } catch (RuntimeException e) {
            guard.failed(ticket.instrument().pluginId(), "views", e);
            return List.of();
        }
    }

    /** A context for a page: it enters the gate again for every action and never writes itself. */
    private InstrumentContext liveContext(InstrumentTicket initial, Caller caller, String slug, String pluginId) {
        TicketSource live = new TicketSource() {
            @Override
            public InstrumentTicket ticket() {
                return instrumentGate.enter(caller, slug, pluginId);
            }

            @Override
            public boolean forView() {
                return true;
            }
        };
        return new PlatformInstrumentContext(initial, live, this);
    }

    /**
     * A context for the platform's privacy calls into a plugin (find, export, erase), with this bean itself
     * behind it: the context reads its fields, which a CDI proxy does not have.
     */
    public InstrumentContext privacyContext(InstrumentTicket ticket) {
        return context(ticket);
    }

    /** Other instruments' report fragments, for the instrument of this ticket (see {@link ReportFragmentRenderer}). */
    be.buurtwijzer.plugin.api.report.ReportFragments fragments(InstrumentTicket asking) {
        return new ReportFragmentRenderer(asking, this);
    }

    /** The context a fragment renders in: the other instrument's own, read-only like a page's. */
    InstrumentContext fragmentContext(InstrumentTicket ticket) {
        return new PlatformInstrumentContext(ticket, new TicketSource() {
            @Override
            public InstrumentTicket ticket() {
                return ticket;
            }

            @Override
            public boolean forView() {
                return true;
            }
        }, this);
    }

    private InstrumentContext context(InstrumentTicket ticket) {
        return new PlatformInstrumentContext(ticket, TicketSource.fixed(ticket), this);
    }

    /** A produced document. */
    public record Document(byte[] content, String mediaType, String fileName) {
    }

    public String operation(Caller caller, String slug, String pluginId, String name, String jsonInput) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        OperationSpec<?, ?> operation = operation(ticket, name);
        Object input = read(ticket, jsonInput == null || jsonInput.isBlank() ? "{}" : jsonInput, operation.input());
        var context = context(ticket);
        Object output = guard.callInOneTransaction(pluginId, ticket.name(), "operation " + name,
                () -> operation.call(context, input));
        return ticket.instrument().jsonb().toJson(output);
    }

    /**
     * An operation called from a page ({@link InstrumentContext#call}): the ticket was entered just
     * now, the permission is the operation's, and the input is read as the API reads it. Runs on the
     * caller's thread, like the page itself, so the plugin gets its own refusals back unchanged.
     */
    Object invoke(InstrumentTicket ticket, String name, Object input) {
        OperationSpec<?, ?> operation = operation(ticket, name);
        Object typed = read(ticket, input == null ? "{}" : ticket.instrument().jsonb().toJson(input),
                operation.input());
        var context = context(ticket);
        try {
            return transaction.run(() -> operation.call(context, typed), new OperationAttempt());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OperationSpec<?, ?> operation(InstrumentTicket ticket, String name) {
        OperationSpec<?, ?> operation = ticket.instrument().operation(name)
                .orElseThrow(() -> new NotFoundException("operation", name));
        ticket.require(operation.permission());
        return operation;
    }

    public Document export(Caller caller, String slug, String pluginId, String name, Map<String, String> parameters) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        ExportSpec export = ticket.instrument().export(name).orElseThrow(() -> new NotFoundException("export", name));
        ticket.require(export.permission());
        var context = context(ticket);
        byte[] content = guard.call(pluginId, ticket.name(), "export " + name,
                () -> export.producer().produce(context, Map.copyOf(parameters)));
        return new Document(content, export.mediaType(), pluginId + "-" + name + "." + export.fileExtension());
    }

    // --- files (photos, audio, video) an instrument keeps

    public be.buurtwijzer.plugin.api.files.StoredFile storeFile(Caller caller, String slug, String pluginId, String kind,
            String fileName, byte[] content) {
        return files.store(instrumentGate.enter(caller, slug, pluginId), kind, fileName, content);
    }

    /** A file's content (or its thumbnail) with its metadata, if the caller may read that kind. */
    public Document file(Caller caller, String slug, String pluginId, String kind, String id, boolean thumbnail) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        var found = files.find(ticket, id).filter(f -> f.kind().equals(kind))
                .orElseThrow(() -> new NotFoundException("file", id));
        byte[] content = files.content(ticket, id, thumbnail).orElseThrow(() -> new NotFoundException("thumbnail", id));
        return new Document(content, thumbnail ? "image/png" : found.mediaType(), thumbnail ? "thumbnail-"
                + found.id() + ".png" : found.fileName());
    }

    public void deleteFile(Caller caller, String slug, String pluginId, String kind, String id) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        if (files.find(ticket, id).filter(f -> f.kind().equals(kind)).isEmpty() || !files.delete(ticket, id)) {
            throw new NotFoundException("file", id);
        }
    }

    // --- the generic record endpoints (raw documents, for administrators by default)

    public Page<RecordRow> listRecords(Caller caller, String slug, String pluginId, String kind, String page,
            String size) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        ticket.require(kind(ticket, kind).readPermission());
        PageRequest request = PageRequest.parse(page, size, null, Set.of("createdAt"), "-createdAt");
        return records.list(ticket, kind, request.page(), request.size());
    }

    public RecordRow getRecord(Caller caller, String slug, String pluginId, String kind, String id) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        ticket.require(kind(ticket, kind).readPermission());
        RecordRow row = records.find(ticket, kind, id);
        if (row == null) {
            throw new NotFoundException(kind, id);
        }
        return row;
    }

    /** @param body {@code {"value": {…}}} */
    public RecordRow createRecord(Caller caller, String slug, String pluginId, String kind, String body) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        RecordKind<?> recordKind = kind(ticket, kind);
        ticket.require(recordKind.writePermission());
        return records.create(ticket, kind, checked(ticket, recordKind, RecordRequest.parse(body).value()));
    }

    /** @param body {@code {"version": n, "value": {…}}} */
    public RecordRow updateRecord(Caller caller, String slug, String pluginId, String kind, String id, String body) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        RecordKind<?> recordKind = kind(ticket, kind);
        ticket.require(recordKind.writePermission());
        RecordRequest request = RecordRequest.parse(body);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "is required for an update: send the version you last read");
        }
        return records.update(ticket, kind, id, request.version(), checked(ticket, recordKind, request.value()));
    }

    public void deleteRecord(Caller caller, String slug, String pluginId, String kind, String id) {
        InstrumentTicket ticket = instrumentGate.enter(caller, slug, pluginId);
        ticket.require(kind(ticket, kind).writePermission());
        if (!records.delete(ticket, kind, id)) {
            throw new NotFoundException(kind, id);
        }
    }

    /**
     * The latest changes colleagues made to the register and to the instruments' records, as far as the caller
     * may see them now: an instrument's records only when it is enabled and running and the caller holds the
     * read permission of their kind (an audit entry carries the record's content).
     */
    public List<be.buurtwijzer.core.application.audit.AuditEntryDetails> recentWork(Caller caller, String slug,
            int limit) {
        Map<String, Boolean> readable = new java.util.HashMap<>();
        return audit.recentWork(caller, slug, limit, type -> !type.startsWith("record:")
                || readable.computeIfAbsent(type, t -> mayRead(caller, slug, t)));
    }

    /** Whether the caller may read the records of an audit entity type "record:plugin:kind" at this moment. */
    private boolean mayRead(Caller caller, String slug, String entityType) {
        String[] parts = entityType.split(":", 3);
        if (parts.length != 3) {
            return false;
        }
        try {
            InstrumentTicket ticket = instrumentGate.enter(caller, slug, parts[1]);
            String permission = kind(ticket, parts[2]).readPermission();
            return permission == null || ticket.permissions().contains(permission);
        } catch (RuntimeException offOrUnknown) {
            return false;
        }
    }

    private static RecordKind<?> kind(InstrumentTicket ticket, String kind) {
        return ticket.instrument().recordKind(kind).orElseThrow(() -> new NotFoundException("record kind", kind));
    }

    /** Reads raw JSON into the kind's type, applies the kind's rule, and gives the stored form. */
    private String checked(InstrumentTicket ticket, RecordKind<?> kind, String json) {
        Object value = read(ticket, json, kind.type());
        validate(ticket, kind, value);
        return ticket.instrument().jsonb().toJson(value);
    }

    private void validate(InstrumentTicket ticket, RecordKind<?> kind, Object value) {
        try {
            kind.check(value, context(ticket));
        } catch (InstrumentException e) {
            throw InvalidInputException.of(e.field() == null ? "value" : "value." + e.field(), e.getMessage());
        }
    }

    // --- the record store as plugins see it (typed documents)

    <T> StoredRecord<T> storeCreate(InstrumentTicket ticket, String kind, T value) {
        String json = storedForm(ticket, kind, value);
        return typed(ticket, records.create(ticket, kind, json), cast(value)).orElseThrow();
    }

    <T> StoredRecord<T> storeUpdate(InstrumentTicket ticket, String kind, String id, long expectedVersion, T value) {
        String json = storedForm(ticket, kind, value);
        return typed(ticket, records.update(ticket, kind, id, expectedVersion, json), cast(value)).orElseThrow();
    }

    <T> Optional<StoredRecord<T>> storeFind(InstrumentTicket ticket, String kind, String id, Class<T> type) {
        RecordRow row = records.find(ticket, kind, id);
        return row == null ? Optional.empty() : typed(ticket, row, type);
    }

    <T> RecordPage<T> storeList(InstrumentTicket ticket, String kind, Class<T> type, int page, int size) {
        var rows = records.list(ticket, kind, page, size);
        List<StoredRecord<T>> items = rows.items().stream().map(r -> typed(ticket, r, type))
                .flatMap(Optional::stream).toList();
        return new RecordPage<>(items, rows.page(), rows.size(), rows.total());
    }

    /** A plugin's own write passes its kind's rule too; a failure is the plugin's refusal to the user. */
    private <T> String storedForm(InstrumentTicket ticket, String kind, T value) {
        ticket.instrument().recordKind(kind).ifPresent(k -> k.check(value, context(ticket)));
        return ticket.instrument().jsonb().toJson(value);
    }

    /**
     * A stored document as the plugin's type. One that cannot be read, or breaks its kind's rule, is
     * left out (and reported in the plugin's health) so that the rest of the call still works.
     */
    private <T> Optional<StoredRecord<T>> typed(InstrumentTicket ticket, RecordRow row, Class<T> type) {
        try {
            T value = ticket.instrument().jsonb().fromJson(row.json(), type);
            ticket.instrument().recordKind(row.kind()).ifPresent(k -> k.check(value, context(ticket)));
            return Optional.of(new StoredRecord<>(row.id(), row.kind(), row.version(), row.schemaVersion(), value,
                    row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy()));
        } catch (RuntimeException unreadable) {
            guard.unreadable(ticket.instrument().pluginId(), row.kind(), row.id(), unreadable);
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(T value) {
        return (Class<T>) value.getClass();
    }

    /** Reads JSON into a plugin's type strictly (see {@link StrictJson}); every refusal names the field. */
    private static Object read(InstrumentTicket ticket, String json, Class<?> type) {
        String normalised = StrictJson.check(json, type);
        try {
            Object value = ticket.instrument().jsonb().fromJson(normalised, type);
            if (value == null) {
                throw InvalidInputException.of("body", "a JSON object is required");
            }
            return value;
        } catch (JsonbException e) {
            throw InvalidInputException.of("body", "does not fit what the instrument expects");
        }
    }
}
