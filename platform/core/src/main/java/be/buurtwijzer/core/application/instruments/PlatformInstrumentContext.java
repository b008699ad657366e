package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.RecordPage;
import be.buurtwijzer.plugin.api.RecordStore;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.StoredRecord;
import jakarta.json.bind.Jsonb;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/** The context handed to a plugin: everything in it is bound to the ticket's municipality, user and plugin. */
final class PlatformInstrumentContext implements InstrumentContext {

    private final InstrumentTicket ticket;
    private final RecordStoreService records;
    private final RegisterReadService register;
    private final Clock clock;

    PlatformInstrumentContext(InstrumentTicket ticket, RecordStoreService records, RegisterReadService register,
            Clock clock) {
        this.ticket = ticket;
        this.records = records;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public TenantInfo tenant() {
        return new TenantInfo(ticket.access().slug(), ticket.access().tenantName(), ticket.tenantLocale());
    }

    @Override
    public UserInfo user() {
        var caller = ticket.access().caller();
        return new UserInfo(caller.userId(), caller.displayName(), MemberRole.valueOf(ticket.access().role().name()),
                ticket.permissions());
    }

    @Override
    public Locale locale() {
        return ticket.locale();
    }

    @Override
    public RecordStore records() {
        return new Store();
    }

    @Override
    public RegisterReader register() {
        return new RegisterReader() {
            @Override
            public List<Neighbourhood> neighbourhoods() {
                return register.neighbourhoods(ticket);
            }

            @Override
            public List<Actor> actors() {
                return register.actors(ticket);
            }

            @Override
            public List<Initiative> initiatives() {
                return register.initiatives(ticket);
            }
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("buurtwijzer.plugin." + ticket.instrument().pluginId());
    }

    private final class Store implements RecordStore {
        private Jsonb jsonb() {
            return ticket.instrument().jsonb();
        }

        private <T> StoredRecord<T> typed(RecordRow row, Class<T> type) {
            return new StoredRecord<>(row.id(), row.kind(), row.version(), row.schemaVersion(),
                    jsonb().fromJson(row.json(), type), row.createdAt(), row.createdBy(), row.updatedAt(),
                    row.updatedBy());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> StoredRecord<T> create(String kind, T value) {
            return typed(records.create(ticket, kind, jsonb().toJson(value)), (Class<T>) value.getClass());
        }

        @Override
        public <T> Optional<StoredRecord<T>> find(String kind, String id, Class<T> type) {
            return Optional.ofNullable(records.find(ticket, kind, id)).map(row -> typed(row, type));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> StoredRecord<T> update(String kind, String id, long expectedVersion, T value) {
            try {
                return typed(records.update(ticket, kind, id, expectedVersion, jsonb().toJson(value)),
                        (Class<T>) value.getClass());
            } catch (ConflictException e) {
                throw new InstrumentException(InstrumentException.Kind.CONFLICT, e.getMessage(), "version");
            }
        }

        @Override
        public boolean delete(String kind, String id) {
            return records.delete(ticket, kind, id);
        }

        @Override
        public <T> RecordPage<T> list(String kind, Class<T> type, int page, int size) {
            var rows = records.list(ticket, kind, Math.max(0, page), Math.max(1, Math.min(size, 500)));
            return new RecordPage<>(rows.items().stream().map(r -> typed(r, type)).toList(), rows.page(),
                    rows.size(), rows.total());
        }
    }
}
