package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.RecordPage;
import be.buurtwijzer.plugin.api.RecordStore;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/** An in-memory context, so the view and its rules can be tried without the platform. */
class FakeContext implements InstrumentContext {

    final List<StoredRecord<?>> stored = new ArrayList<>();
    private final Set<String> permissions;
    private final Locale locale;

    FakeContext(Locale locale, String... permissions) {
        this.locale = locale;
        this.permissions = Set.of(permissions);
    }

    @Override
    public TenantInfo tenant() {
        return new TenantInfo("stederen", "Stad Stederen", Locale.forLanguageTag("nl-BE"));
    }

    @Override
    public UserInfo user() {
        return new UserInfo("u1", "Chris", MemberRole.COORDINATOR, permissions);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("test");
    }

    /** Runs the instrument's own operation, as the platform does after its checks. */
    @Override
    public Object call(String operation, Object input) {
        var spec = new LogbookInstrument().operations().stream().filter(o -> o.name().equals(operation)).findFirst()
                .orElseThrow();
        if (!permissions.contains(spec.permission())) {
            throw new IllegalStateException("refused: " + spec.permission());
        }
        return spec.call(this, input);
    }

    @Override
    public RegisterReader register() {
        throw new UnsupportedOperationException();
    }

    @Override
    public RecordStore records() {
        return new RecordStore() {
            @Override
            public <T> StoredRecord<T> create(String kind, T value) {
                new LogbookInstrument().recordKinds().stream().filter(k -> k.name().equals(kind))
                        .forEach(k -> k.check(value, FakeContext.this));
                StoredRecord<T> record = new StoredRecord<>(UUID.randomUUID().toString(), kind, 1, 1, value,
                        Instant.now(), "u1", Instant.now(), "u1");
                stored.add(record);
                return record;
            }

            @Override
            public <T> Optional<StoredRecord<T>> find(String kind, String id, Class<T> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> StoredRecord<T> update(String kind, String id, long expectedVersion, T value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean delete(String kind, String id) {
                throw new UnsupportedOperationException();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> RecordPage<T> list(String kind, Class<T> type, int page, int size) {
                List<StoredRecord<T>> items = stored.stream().skip((long) page * size).limit(size)
                        .map(r -> (StoredRecord<T>) r).toList();
                return new RecordPage<>(items, page, size, stored.size());
            }
        };
    }
}
