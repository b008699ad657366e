package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.RecordPage;
import be.buurtwijzer.plugin.api.RecordStore;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.StoredRecord;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The context handed to a plugin: everything in it is bound to one municipality, user and plugin.
 * Rights are taken from the {@link TicketSource} at every call, so a view's context checks them
 * at the moment of each action; the language and names are those of the moment it was made.
 */
final class PlatformInstrumentContext implements InstrumentContext {

    private final InstrumentTicket initial;
    private final TicketSource source;
    private final InstrumentCalls calls;

    PlatformInstrumentContext(InstrumentTicket initial, TicketSource source, InstrumentCalls calls) {
        this.initial = initial;
        this.source = source;
        this.calls = calls;
    }

    private InstrumentTicket now() {
        return source.ticket();
    }

    @Override
    public TenantInfo tenant() {
        return new TenantInfo(initial.access().slug(), initial.access().tenantName(), initial.tenantLocale());
    }

    @Override
    public UserInfo user() {
        InstrumentTicket ticket = now();
        var caller = ticket.access().caller();
        return new UserInfo(caller.userId(), caller.displayName(), MemberRole.valueOf(ticket.access().role().name()),
                ticket.permissions());
    }

    @Override
    public Locale locale() {
        return initial.locale();
    }

    @Override
    public Object call(String operation, Object input) {
        try {
            return calls.invoke(now(), operation, input);
        } catch (InvalidInputException e) {
            throw InstrumentException.invalid(e.field(), PlatformTexts.say(e, locale()));
        }
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
                return calls.register.neighbourhoods(now());
            }

            @Override
            public List<Actor> actors() {
                return calls.register.actors(now());
            }

            @Override
            public List<Initiative> initiatives() {
                return calls.register.initiatives(now());
            }
        };
    }

    @Override
    public java.util.Optional<String> setting(String key) {
        return calls.settings.value(initial.instrument().pluginId(), key);
    }

    @Override
    public be.buurtwijzer.plugin.api.privacy.ConsentRegister consents() {
        String pluginId = initial.instrument().pluginId();
        return new be.buurtwijzer.plugin.api.privacy.ConsentRegister() {
            @Override
            public String give(String purpose, be.buurtwijzer.plugin.api.privacy.DataSubject subject, String wording,
                    String wordingVersion) {
                changing();
                return calls.consents.give(now().access(), pluginId, purpose, subject, wording, wordingVersion);
            }

            @Override
            public boolean isGiven(String purpose, be.buurtwijzer.plugin.api.privacy.DataSubject subject) {
                return calls.consents.isGiven(now().access(), pluginId, purpose, subject);
            }

            @Override
            public boolean withdraw(String purpose, be.buurtwijzer.plugin.api.privacy.DataSubject subject) {
                changing();
                return calls.consents.withdraw(now().access(), pluginId, purpose, subject);
            }
        };
    }

    @Override
    public be.buurtwijzer.plugin.api.files.FileStore files() {
        return new be.buurtwijzer.plugin.api.files.FileStore() {
            @Override
            public Optional<be.buurtwijzer.plugin.api.files.StoredFile> find(String id) {
                return calls.files.find(now(), id);
            }

            @Override
            public Optional<byte[]> content(String id) {
                return calls.files.content(now(), id, false);
            }

            @Override
            public Optional<byte[]> thumbnail(String id) {
                return calls.files.content(now(), id, true);
            }

            @Override
            public be.buurtwijzer.plugin.api.files.StoredFile store(String kind, String fileName, byte[] content) {
                try {
                    return calls.files.store(now(), kind, fileName, content);
                } catch (InvalidInputException e) {
                    throw InstrumentException.invalid(e.field(), PlatformTexts.say(e, locale()));
                }
            }

            @Override
            public boolean delete(String id) {
                changing();
                return calls.files.delete(now(), id);
            }
        };
    }

    @Override
    public be.buurtwijzer.plugin.api.report.ReportFragments fragments() {
        return calls.fragments(now());
    }

    @Override
    public Optional<byte[]> logo() {
        return calls.identity.logoOf(now().access().tenantId());
    }

    @Override
    public byte[] spreadsheet(be.buurtwijzer.plugin.api.Csv table, String sheetName) {
        return be.buurtwijzer.core.infrastructure.spreadsheets.Workbooks.xlsx(table.tables(), sheetName);
    }

    private void changing() {
        if (source.forView()) {
            throw new IllegalStateException("A view changes data through InstrumentContext.call(operation, input), "
                    + "which checks the user's rights at that moment.");
        }
    }

    @Override
    public Clock clock() {
        return calls.clock;
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("buurtwijzer.plugin." + initial.instrument().pluginId());
    }

    private final class Store implements RecordStore {

        private void writing() {
            if (source.forView()) {
                throw new IllegalStateException("A view's record store is read-only: change data through "
                        + "InstrumentContext.call(operation, input), which checks the user's rights at that moment.");
            }
        }

        @Override
        public <T> StoredRecord<T> create(String kind, T value) {
            writing();
            return calls.storeCreate(now(), kind, value);
        }

        @Override
        public <T> Optional<StoredRecord<T>> find(String kind, String id, Class<T> type) {
            return calls.storeFind(now(), kind, id, type);
        }

        @Override
        public <T> StoredRecord<T> update(String kind, String id, long expectedVersion, T value) {
            writing();
            try {
                return calls.storeUpdate(now(), kind, id, expectedVersion, value);
            } catch (ConflictException e) {
                throw new InstrumentException(InstrumentException.Kind.CONFLICT, PlatformTexts.say(e, locale()),
                        "version");
            }
        }

        @Override
        public boolean delete(String kind, String id) {
            writing();
            return calls.records.delete(now(), kind, id);
        }

        @Override
        public <T> RecordPage<T> list(String kind, Class<T> type, int page, int size) {
            return calls.storeList(now(), kind, type, Math.max(0, page), Math.max(1, Math.min(size, 500)));
        }
    }
}
