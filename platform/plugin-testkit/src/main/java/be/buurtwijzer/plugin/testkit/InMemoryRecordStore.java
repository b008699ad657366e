package be.buurtwijzer.plugin.testkit;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.RecordPage;
import be.buurtwijzer.plugin.api.RecordStore;
import be.buurtwijzer.plugin.api.StoredRecord;
import jakarta.json.bind.Jsonb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A plugin's documents kept in memory the way the platform keeps them: as JSON written and read through
 * JSON-B (so a document the platform could not read back fails here too), each write checked by its
 * kind's validator, versions counted, a stale version refused as a conflict, lists newest first. An
 * unknown kind is refused, as the platform refuses it.
 */
public final class InMemoryRecordStore implements RecordStore {

    private record Row(String id, String kind, long version, String json, java.time.Instant createdAt, String createdBy,
            java.time.Instant updatedAt, String updatedBy) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, RecordKind<?>> kinds = new LinkedHashMap<>();
    private final Jsonb jsonb;
    private final Clock clock;
    private final Supplier<InstrumentContext> context;
    private final Supplier<String> user;
    private boolean readOnly;

    InMemoryRecordStore(List<RecordKind<?>> kinds, Jsonb jsonb, Clock clock, Supplier<InstrumentContext> context,
            Supplier<String> user) {
        kinds.forEach(k -> this.kinds.put(k.name(), k));
        this.jsonb = jsonb;
        this.clock = clock;
        this.context = context;
        this.user = user;
    }

    /** Like a view's store: every write refused. */
    void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    private RecordKind<?> kind(String kind) {
        RecordKind<?> known = kinds.get(kind);
        if (known == null) {
            throw new IllegalArgumentException("the plugin declares no record kind '" + kind + "'");
        }
        return known;
    }

    private String written(String kind, Object value) {
        if (readOnly) {
            throw new IllegalStateException("a view's record store is read-only: change data through an operation");
        }
        RecordKind<?> known = kind(kind);
        String json = jsonb.toJson(value);
        Object readBack = jsonb.fromJson(json, known.type());
        known.check(readBack, context.get());
        return json;
    }

    @Override
    public <T> StoredRecord<T> create(String kind, T value) {
        String json = written(kind, value);
        String id = UUID.randomUUID().toString();
        var now = clock.instant();
        Row row = new Row(id, kind, 1, json, now, user.get(), now, user.get());
        rows.put(id, row);
        return typed(row, kindType(kind));
    }

    @Override
    public <T> Optional<StoredRecord<T>> find(String kind, String id, Class<T> type) {
        kind(kind);
        Row row = rows.get(id);
        return row == null || !row.kind().equals(kind) ? Optional.empty() : Optional.of(typed(row, type));
    }

    @Override
    public <T> StoredRecord<T> update(String kind, String id, long expectedVersion, T value) {
        Row row = rows.get(id);
        if (row == null || !row.kind().equals(kind)) {
            throw new InstrumentException(InstrumentException.Kind.NOT_FOUND, id, "id");
        }
        if (row.version() != expectedVersion) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT, "changed meanwhile by " + row.updatedBy(),
                    "version");
        }
        String json = written(kind, value);
        Row updated = new Row(id, kind, row.version() + 1, json, row.createdAt(), row.createdBy(), clock.instant(),
                user.get());
        rows.put(id, updated);
        return typed(updated, kindType(kind));
    }

    @Override
    public boolean delete(String kind, String id) {
        if (readOnly) {
            throw new IllegalStateException("a view's record store is read-only: change data through an operation");
        }
        Row row = rows.get(id);
        if (row == null || !row.kind().equals(kind)) {
            return false;
        }
        rows.remove(id);
        return true;
    }

    @Override
    public <T> RecordPage<T> list(String kind, Class<T> type, int page, int size) {
        kind(kind);
        List<Row> matching = new ArrayList<>(rows.values().stream().filter(r -> r.kind().equals(kind)).toList());
        // newest first; rows written at the same instant keep the order they were written in, newest first
        java.util.Collections.reverse(matching);
        matching.sort(Comparator.comparing(Row::createdAt).reversed());
        List<StoredRecord<T>> items = matching.stream().skip((long) page * size).limit(size)
                .map(r -> typed(r, type)).toList();
        return new RecordPage<>(items, page, size, matching.size());
    }

    /** How many documents of this kind are stored. */
    public int count(String kind) {
        return (int) rows.values().stream().filter(r -> r.kind().equals(kind)).count();
    }

    /** The stored JSON of a document, as the platform would hold it. */
    public String json(String id) {
        return rows.get(id).json();
    }

    @SuppressWarnings("unchecked")
    private <T> Class<T> kindType(String kind) {
        return (Class<T>) kind(kind).type();
    }

    private <T> StoredRecord<T> typed(Row row, Class<T> type) {
        return new StoredRecord<>(row.id(), row.kind(), row.version(), 1, jsonb.fromJson(row.json(), type),
                row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy());
    }
}
