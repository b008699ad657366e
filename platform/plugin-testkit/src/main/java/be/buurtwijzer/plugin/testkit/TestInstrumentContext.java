package be.buurtwijzer.plugin.testkit;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordStore;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.privacy.ConsentRegister;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * An {@link InstrumentContext} for a plugin's unit tests, without a server: one municipality, one user
 * with a role (and the permissions the plugin gives that role by default), an in-memory register and
 * record store, a fixed clock. {@link #call} runs the instrument's own operation as the platform does
 * after its checks: the operation's permission, then the input read back through JSON. {@link #view()}
 * gives the context a page gets: same data, writes refused.
 *
 * <pre>{@code
 * TestInstrumentContext context = TestInstrumentContext.of(new MyInstrument()).role(MemberRole.COORDINATOR).build();
 * String id = context.register().initiative("Burenhulp", null, "RUNNING");
 * context.call("save", new Input(id, ...));
 * }</pre>
 */
public final class TestInstrumentContext implements InstrumentContext {

    private final Instrument instrument;
    private final TenantInfo tenant;
    private final UserInfo user;
    private final Locale locale;
    private final Clock clock;
    private final InMemoryRegister register;
    private final InMemoryRecordStore records;
    private final Jsonb jsonb;
    private final boolean view;

    private TestInstrumentContext(Builder b, InMemoryRecordStore records, boolean view) {
        this.instrument = b.instrument;
        this.tenant = new TenantInfo(b.slug, b.name, Locale.forLanguageTag("nl-BE"));
        this.user = new UserInfo("user-1", b.displayName, b.role, b.permissions());
        this.locale = b.locale;
        this.clock = b.clock;
        this.register = b.register;
        this.jsonb = b.jsonb;
        this.view = view;
        this.records = records != null ? records : new InMemoryRecordStore(b.instrument.recordKinds(), b.jsonb, b.clock,
                () -> this, () -> b.displayName);
        this.builder = b;
    }

    private final Builder builder;

    public static Builder of(Instrument instrument) {
        return new Builder(instrument);
    }

    /** The context a page of this instrument gets: the same data, but its record store refuses writes. */
    public TestInstrumentContext view() {
        return new TestInstrumentContext(builder, records, true);
    }

    /** The same data seen by another user with another role, e.g. to try a partner's refusal. */
    public TestInstrumentContext as(MemberRole role) {
        Builder other = builder.copy().role(role);
        return new TestInstrumentContext(other, records, view);
    }

    @Override
    public TenantInfo tenant() {
        return tenant;
    }

    @Override
    public UserInfo user() {
        return user;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public RecordStore records() {
        records.readOnly(view);
        return records;
    }

    /** The store itself, to count or inspect what was written. */
    public InMemoryRecordStore store() {
        return records;
    }

    @Override
    public InMemoryRegister register() {
        return register;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The consents recorded through this context and the contexts made from it; a view's context only asks. */
    @Override
    public ConsentRegister consents() {
        InMemoryConsents all = builder.consents();
        if (!view) {
            return all;
        }
        return new ConsentRegister() {
            @Override
            public String give(String purpose, DataSubject subject, String wording, String wordingVersion) {
                throw new IllegalStateException("a view gives consent through an operation");
            }

            @Override
            public boolean isGiven(String purpose, DataSubject subject) {
                return all.isGiven(purpose, subject);
            }

            @Override
            public boolean withdraw(String purpose, DataSubject subject) {
                throw new IllegalStateException("a view withdraws consent through an operation");
            }
        };
    }

    /** The test municipality's files (shared by the contexts made from the same builder). */
    @Override
    public InMemoryFiles files() {
        return builder.files();
    }

    /** Other instruments' fragments: none, unless the test gives them ({@link Builder#fragments}). */
    @Override
    public be.buurtwijzer.plugin.api.report.ReportFragments fragments() {
        return builder.fragments;
    }

    /** Every consent recorded so far, for a test to look at. */
    public java.util.List<InMemoryConsents.Consent> recordedConsents() {
        return builder.consents().all();
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("plugin-test");
    }

    /**
     * Runs the instrument's operation: refused (as the platform refuses it) without its permission; the input
     * is written to JSON and read back as the operation's input type, as a request body is.
     */
    @Override
    public Object call(String operation, Object input) {
        OperationSpec<?, ?> spec = instrument.operations().stream().filter(o -> o.name().equals(operation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the instrument has no operation '" + operation + "'"));
        if (spec.permission() != null && !user.has(spec.permission())) {
            throw new SecurityException("refused: " + user.role() + " lacks " + spec.permission());
        }
        Object typed = jsonb.fromJson(input == null ? "{}" : jsonb.toJson(input), spec.input());
        TestInstrumentContext writing = view ? new TestInstrumentContext(builder, records, false) : this;
        return spec.call(writing, typed);
    }

    /** How a test context is set up; every setting has a default. */
    public static final class Builder {
        private final Instrument instrument;
        private MemberRole role = MemberRole.COORDINATOR;
        private Set<String> permissions;
        private Locale locale = Locale.forLanguageTag("nl-BE");
        private Clock clock = Clock.fixed(Instant.parse("2026-11-12T10:00:00Z"), ZoneId.of("Europe/Brussels"));
        private String slug = "stederen";
        private String name = "Stad Stederen";
        private String displayName = "Chris Coördinator";
        private InMemoryRegister register = new InMemoryRegister();
        private InMemoryConsents consents;
        private final Jsonb jsonb = JsonbBuilder.create();

        private InMemoryConsents consents() {
            if (consents == null) {
                consents = new InMemoryConsents(clock);
            }
            return consents;
        }

        private Builder(Instrument instrument) {
            this.instrument = instrument;
        }

        private Builder copy() {
            Builder b = new Builder(instrument);
            b.role = role;
            b.permissions = permissions;
            b.locale = locale;
            b.clock = clock;
            b.slug = slug;
            b.name = name;
            b.displayName = displayName;
            b.register = register;
            b.consents = consents();
            b.files = files();
            b.fragments = fragments;
            return b;
        }

        /** The user's role; the permissions become those the plugin gives this role by default. */
        public Builder role(MemberRole role) {
            this.role = role;
            this.permissions = null;
            return this;
        }

        /** Exactly these permissions, whatever the role. */
        public Builder permissions(String... permissions) {
            this.permissions = Set.of(permissions);
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder municipality(String slug, String name) {
            this.slug = slug;
            this.name = name;
            return this;
        }

        public Builder user(String displayName) {
            this.displayName = displayName;
            return this;
        }

        private InMemoryFiles files;
        private be.buurtwijzer.plugin.api.report.ReportFragments fragments = new be.buurtwijzer.plugin.api.report
                .ReportFragments() {
            @Override
            public java.util.List<be.buurtwijzer.plugin.api.report.FragmentOffer> offered() {
                return java.util.List.of();
            }

            @Override
            public be.buurtwijzer.plugin.api.report.FragmentResult render(String pluginId, String name,
                    java.util.Map<String, String> parameters) {
                return be.buurtwijzer.plugin.api.report.FragmentResult.omitted(pluginId, name, pluginId,
                        "'" + pluginId + "' is not on in this test municipality; this part was left out.");
            }

            @Override
            public java.util.List<be.buurtwijzer.plugin.api.report.OfferedTemplate> templates() {
                return java.util.List.of();
            }
        };

        synchronized InMemoryFiles files() {
            if (files == null) {
                files = new InMemoryFiles(instrument);
            }
            return files;
        }

        /** What other instruments' fragments and templates the test municipality offers. */
        public Builder fragments(be.buurtwijzer.plugin.api.report.ReportFragments fragments) {
            this.fragments = fragments;
            return this;
        }

        public Builder register(InMemoryRegister register) {
            this.register = register;
            return this;
        }

        private Set<String> permissions() {
            if (permissions != null) {
                return permissions;
            }
            Set<String> granted = new LinkedHashSet<>();
            for (PermissionSpec p : instrument.descriptor().permissions()) {
                if (p.defaultRoles().contains(role)) {
                    granted.add(p.id());
                }
            }
            return Set.copyOf(granted);
        }

        public TestInstrumentContext build() {
            return new TestInstrumentContext(this, null, false);
        }
    }
}
