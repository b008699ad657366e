package be.buurtwijzer.core.application.lifecycle;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.instruments.PluginGuard;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.archive.ArchiveException;
import be.buurtwijzer.core.domain.archive.ArchiveFormat;
import be.buurtwijzer.core.domain.archive.ArchiveManifest;
import be.buurtwijzer.core.domain.archive.ArchiveReader;
import be.buurtwijzer.core.domain.archive.ArchiveWriter;
import be.buurtwijzer.core.domain.archive.IdRemap;
import be.buurtwijzer.core.domain.archive.PluginRequirements;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.shared.Ids;
import be.buurtwijzer.core.domain.tenancy.Slug;
import be.buurtwijzer.core.domain.tenancy.SupportedLocale;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.infrastructure.Json;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.plugin.api.PlatformApi;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Exports a municipality as one archive and imports an archive as a new municipality.
 * <p>
 * Both copy rows as they are, so they work on the tables through JDBC with the tenant column named
 * explicitly in every statement ({@code WHERE tenant_id = ?} on reads, the new municipality's id on
 * writes): an export streams row by row without loading entities, and an import writes rows of a
 * municipality that nobody can enter yet. The column lists are fixed in {@link ArchiveTable}.
 * <p>
 * Export: a platform administrator exports any municipality (also a closed one, during its grace
 * period); a tenant administrator only their own, through the tenant gate. Import: a platform
 * administrator only; the archive is verified in full (checksums, versions, plugins, the slug)
 * before anything is written, and everything is written in one transaction.
 */
@ApplicationScoped
public class TenantArchiveService {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    @Inject
    TenantGate tenantGate;


    @Inject
    AuditTrail audit;

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginGuard guard;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- export

    /** A platform administrator's export of any municipality. */
    @Transactional
    public ExportTicket exportAsPlatform(Caller caller, String slug) {
        Caller checked = platform.administrator(caller);
        Tenant tenant = tenantGate.findTenant(slug);
        audit.platform(checked, AuditAction.CREATE, "tenant-export", tenant.getId(), tenant.getId(), Map.of());
        return new ExportTicket(tenant.getId(), tenant.getSlug(), tenant.getName(), checked.email());
    }

    /** A tenant administrator's export of their own municipality (refused to every other role and municipality). */
    @Transactional
    public ExportTicket exportOwn(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_SETTINGS);
        audit.tenant(access, AuditAction.CREATE, "tenant-export", access.tenantId(), Map.of());
        return new ExportTicket(access.tenantId(), access.slug(), access.tenantName(), access.caller().email());
    }

    /**
     * Writes the archive of a ticket's municipality to the stream, row by row, from one consistent
     * read (a single read-only transaction on one connection).
     */
    public ArchiveManifest write(ExportTicket ticket, OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            } catch (SQLException ignored) {
                // the database's default isolation then
            }
            try {
                ArchiveWriter writer = new ArchiveWriter(out);
                ArchiveManifest manifest = write(c, ticket, writer);
                c.rollback();
                return manifest;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("exporting " + ticket.slug() + " failed: " + e.getMessage(), e);
        }
    }

    private ArchiveManifest write(Connection c, ExportTicket ticket, ArchiveWriter writer) throws SQLException {
        String tenantId = ticket.tenantId();
        String sourceName;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, slug, name, status, default_locale, created_at FROM tenant WHERE id = ?")) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new be.buurtwijzer.core.application.shared.NotFoundException("municipality", ticket.slug());
                }
                sourceName = rs.getString("name");
                writer.object(ArchiveFormat.TENANT, jakarta.json.Json.createObjectBuilder()
                        .add("id", rs.getString("id")).add("slug", rs.getString("slug")).add("name", sourceName)
                        .add("status", rs.getString("status")).add("default_locale", rs.getString("default_locale"))
                        .add("created_at", rs.getTimestamp("created_at").toInstant().toString()).build());
            }
        }
        try (var lines = writer.lines(ArchiveFormat.MEMBERS);
                PreparedStatement s = c.prepareStatement("SELECT u.id, u.email, u.display_name, u.preferred_locale, "
                        + "m.role, m.created_at FROM membership m JOIN user_account u ON u.id = m.user_id "
                        + "WHERE m.tenant_id = ? ORDER BY u.email")) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonObjectBuilder member = jakarta.json.Json.createObjectBuilder().add("user_id", rs.getString(1))
                            .add("email", rs.getString(2)).add("display_name", rs.getString(3));
                    if (rs.getString(4) == null) {
                        member.addNull("preferred_locale");
                    } else {
                        member.add("preferred_locale", rs.getString(4));
                    }
                    lines.add(member.add("role", rs.getString(5))
                            .add("created_at", rs.getTimestamp(6).toInstant().toString()).build());
                }
            }
        }
        copy(c, writer, ArchiveFormat.INVITATIONS, ArchiveTable.INVITATION, tenantId, "created_at, email, id");
        copy(c, writer, ArchiveFormat.NEIGHBOURHOODS, ArchiveTable.NEIGHBOURHOOD, tenantId, "name");
        copy(c, writer, ArchiveFormat.ACTORS, ArchiveTable.ACTOR, tenantId, "name");
        Map<String, List<String>> links = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ia.initiative_id, ia.actor_id FROM initiative_actor ia "
                + "JOIN initiative i ON i.id = ia.initiative_id WHERE i.tenant_id = ? ORDER BY ia.actor_id")) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        try (var lines = writer.lines(ArchiveFormat.INITIATIVES);
                PreparedStatement s = c.prepareStatement(ArchiveTable.INITIATIVE.select("name"))) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonObject row = ArchiveTable.INITIATIVE.read(rs);
                    JsonArrayBuilder actors = jakarta.json.Json.createArrayBuilder();
                    links.getOrDefault(row.getString("id"), List.of()).forEach(actors::add);
                    lines.add(jakarta.json.Json.createObjectBuilder(row).add("actor_ids", actors).build());
                }
            }
        }
        copy(c, writer, ArchiveFormat.AUDIT, ArchiveTable.AUDIT, tenantId, "occurred_at, id");
        copy(c, writer, ArchiveFormat.SUBSCRIPTIONS, ArchiveTable.SUBSCRIPTION, tenantId, "plugin_id");
        copy(c, writer, ArchiveFormat.CONSENTS, ArchiveTable.CONSENT, tenantId, "given_at, id");
        copy(c, writer, ArchiveFormat.RETENTION, ArchiveTable.RETENTION, tenantId, "plugin_id, kind");
        copy(c, writer, ArchiveFormat.FILES, ArchiveTable.FILE, tenantId, "plugin_id, created_at, id");
        copy(c, writer, ArchiveFormat.IDENTITY, ArchiveTable.IDENTITY, tenantId, "tenant_id");

        // every plugin the municipality has data or a subscription of, with the version installed now
        Map<String, long[]> plugins = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT plugin_id, MAX(schema_version), COUNT(*) FROM plugin_record "
                + "WHERE tenant_id = ? GROUP BY plugin_id")) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plugins.put(rs.getString(1), new long[] {rs.getInt(2), rs.getLong(3)});
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT plugin_id FROM tenant_subscription WHERE tenant_id = ?")) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plugins.putIfAbsent(rs.getString(1), new long[] {0, 0});
                }
            }
        }
        List<ArchiveManifest.PluginData> pluginData = new ArrayList<>();
        for (var plugin : plugins.entrySet()) {
            var installed = runtime.instrument(plugin.getKey());
            int schema = (int) plugin.getValue()[0];
            if (plugin.getValue()[1] == 0) {
                schema = installed.map(i -> i.descriptor().dataSchemaVersion()).orElse(0);
            }
            pluginData.add(new ArchiveManifest.PluginData(plugin.getKey(),
                    installed.map(LoadedInstrument::version).orElse(null), schema, plugin.getValue()[1]));
            if (plugin.getValue()[1] > 0) {
                try (var lines = writer.lines(ArchiveFormat.records(plugin.getKey()));
                        PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", ArchiveTable.RECORD.names())
                                + " FROM plugin_record WHERE tenant_id = ? AND plugin_id = ? ORDER BY kind, created_at, id")) {
                    s.setString(1, tenantId);
                    s.setString(2, plugin.getKey());
                    stream(c, s);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            lines.add(ArchiveTable.RECORD.read(rs));
                        }
                    }
                }
            }
        }
        return writer.finish(PlatformApi.VERSION, clock.instant(), ticket.slug(), sourceName, pluginData);
    }

    private void copy(Connection c, ArchiveWriter writer, String entry, ArchiveTable table, String tenantId,
            String orderBy) throws SQLException {
        try (var lines = writer.lines(entry); PreparedStatement s = c.prepareStatement(table.select(orderBy))) {
            s.setString(1, tenantId);
            stream(c, s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(table.read(rs));
                }
            }
        }
    }

    /** Asks the driver to stream a large result instead of reading it whole (MySQL/MariaDB: a fetch size of MIN_VALUE). */
    private static void stream(Connection c, PreparedStatement s) {
        try {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            s.setFetchSize(product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : 500);
        } catch (SQLException ignored) {
            // the driver's default fetching then
        }
    }

    // ---------------------------------------------------------------- import

    /** Refuses anyone but a platform administrator, before an upload is read. */
    public void requireImporter(Caller caller) {
        platform.administrator(caller);
    }

    /**
     * Imports an archive as a new municipality under {@code slug} and {@code name} (the archive's
     * name when blank). Checks everything first; writes everything in this one transaction.
     */
    @Transactional
    public ImportResult importArchive(Caller caller, Path file, String slug, String name) {
        Caller checked = platform.administrator(caller);
        List<FieldViolation> violations = new ArrayList<>();
        if (!Slug.isValid(slug)) {
            violations.add(new FieldViolation("slug", "must be 2 to 63 lower-case letters, digits and single hyphens"));
        } else if (Slug.isReserved(slug)) {
            violations.add(new FieldViolation("slug", Slug.RESERVED_MESSAGE, Slug.RESERVED_CODE, null));
        }
        if (name != null && (name.isBlank() || name.length() > 200)) {
            violations.add(new FieldViolation("name", "must be 1 to 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try (ArchiveReader archive = ArchiveReader.open(file, PlatformApi.VERSION);
                Connection c = dataSource.getConnection()) {
            ArchiveManifest manifest = archive.manifest();
            List<String> problems = PluginRequirements.problems(manifest.plugins(), installed());
            if (!problems.isEmpty()) {
                throw new ArchiveException("plugins", "The archive needs plugins this installation does not have "
                        + "(in the needed version): " + String.join("; ", problems) + ". Nothing was imported.", problems);
            }
            if (exists(c, "SELECT id FROM tenant WHERE slug = ?", slug)) {
                throw new ConflictException("A municipality with slug '" + slug + "' already exists; nothing was "
                        + "imported.", "slug").withCode("slug-taken", slug);
            }
            return new Importer(c, archive, checked, slug, name).run();
        } catch (ArchiveException e) {
            throw InvalidInputException.of("archive", e.getMessage()
                    + (e.getMessage().contains("Nothing was imported") ? "" : " Nothing was imported."))
                    .withCode("archive-" + e.code(), subjects(e.details()));
        } catch (SQLException e) {
            throw new IllegalStateException("importing into " + slug + " failed: " + e.getMessage(), e);
        }
    }

    /** What the details are about (entry names, plugin ids and versions), without their English wording. */
    static String subjects(List<String> details) {
        List<String> subjects = new ArrayList<>();
        for (String detail : details) {
            String subject = detail;
            for (String cut : List.of(": ", " is not installed", " needs data schema")) {
                int at = subject.indexOf(cut);
                if (at > 0) {
                    subject = subject.substring(0, at);
                }
            }
            subjects.add(subject);
        }
        return String.join(", ", subjects);
    }

    private Map<String, PluginRequirements.Installed> installed() {
        Map<String, PluginRequirements.Installed> installed = new HashMap<>();
        for (LoadedInstrument instrument : runtime.instruments()) {
            installed.put(instrument.pluginId(), new PluginRequirements.Installed(instrument.version(),
                    instrument.descriptor().dataSchemaVersion()));
        }
        return installed;
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** One import: the id map, the counts, the connection of the transaction. */
    private final class Importer {
        private final Connection c;
        private final ArchiveReader archive;
        private final Caller caller;
        private final String slug;
        private final String name;
        private final IdRemap ids = new IdRemap(Ids::newId);
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private final List<String> created = new ArrayList<>();
        private final List<String> linked = new ArrayList<>();
        private final Instant now = clock.instant();
        private String tenantId;

        Importer(Connection c, ArchiveReader archive, Caller caller, String slug, String name) {
            this.c = c;
            this.archive = archive;
            this.caller = caller;
            this.slug = slug;
            this.name = name;
        }

        ImportResult run() throws SQLException {
            JsonObject source = archive.single(ArchiveFormat.TENANT);
            String locale = source.getString("default_locale", "nl-BE");
            if (!locale.matches(SupportedLocale.REGEX)) {
                locale = "nl-BE";
            }
            String tenantName = name == null ? source.getString("name") : name.trim();
            // first every id the archive's rows have, so that a reference to a row further on is rewritten too
            tenantId = ids.map(source.getString("id"));
            for (String entry : List.of(ArchiveFormat.NEIGHBOURHOODS, ArchiveFormat.ACTORS, ArchiveFormat.INITIATIVES,
                    ArchiveFormat.INVITATIONS, ArchiveFormat.CONSENTS, ArchiveFormat.FILES)) {
                archive.forEach(entry, row -> ids.map(row.getString("id")));
            }
            for (String plugin : archive.recordPlugins()) {
                archive.forEach(ArchiveFormat.records(plugin), row -> ids.map(row.getString("id")));
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant (id, slug, name, status, default_locale, "
                    + "created_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, ?, 0)")) {
                s.setString(1, tenantId);
                s.setString(2, slug);
                s.setString(3, tenantName);
                s.setString(4, locale);
                s.setTimestamp(5, Timestamp.from(now));
                s.executeUpdate();
            }
            members();
            insertAll(ArchiveFormat.INVITATIONS, ArchiveTable.INVITATION, row -> {
                JsonObjectBuilder b = remapped(row, List.of("accepted_by"), List.of());
                boolean open = row.isNull("accepted_at") && row.isNull("revoked_at");
                if (open) {
                    // the token is not in the archive: an invitation still open is closed, the administrator invites again
                    b.add("revoked_at", now.toString());
                }
                return b.build();
            }, "token_hash", TenantArchiveService::hashOfRandom);
            insertAll(ArchiveFormat.NEIGHBOURHOODS, ArchiveTable.NEIGHBOURHOOD, row -> remapped(row, List.of(), List.of())
                    .build(), null, null);
            insertAll(ArchiveFormat.ACTORS, ArchiveTable.ACTOR, row -> remapped(row, List.of(), List.of()).build(), null,
                    null);
            insertAll(ArchiveFormat.INITIATIVES, ArchiveTable.INITIATIVE, row -> remapped(row, List.of("neighbourhood_id"),
                    List.of()).build(), null, null);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO initiative_actor (initiative_id, actor_id) "
                    + "VALUES (?, ?)")) {
                long[] count = {0};
                archive.forEach(ArchiveFormat.INITIATIVES, row -> {
                    for (JsonValue actor : row.getJsonArray("actor_ids")) {
                        batch(s, ids.mapped(row.getString("id")), ids.mapped(((JsonString) actor).getString()));
                        count[0]++;
                    }
                });
                s.executeBatch();
                rows.put("initiativeActors", count[0]);
            }
            insertAll(ArchiveFormat.AUDIT, ArchiveTable.AUDIT, row -> {
                JsonObjectBuilder b = remapped(row, List.of(), List.of("entity_id", "changes"));
                b.add("id", Ids.newId());
                String actor = row.isNull("actor_id") ? null : row.getString("actor_id");
                String local = actor != null && ids.knows(actor) ? ids.mapped(actor) : userByEmail(row.getString("actor_email"));
                if (local == null) {
                    b.addNull("actor_id");
                } else {
                    b.add("actor_id", local);
                }
                return b.build();
            }, null, null);
            insertAll(ArchiveFormat.SUBSCRIPTIONS, ArchiveTable.SUBSCRIPTION,
                    row -> jakarta.json.Json.createObjectBuilder(row).add("id", Ids.newId()).build(), null, null);
            insertAll(ArchiveFormat.CONSENTS, ArchiveTable.CONSENT, row -> {
                JsonObjectBuilder b = remapped(row, List.of(), List.of());
                String actor = row.isNull("subject_actor_id") ? null : row.getString("subject_actor_id");
                if (actor != null && ids.knows(actor)) {
                    b.add("subject_actor_id", ids.mapped(actor));
                } else {
                    b.addNull("subject_actor_id");
                }
                return b.build();
            }, null, null);
            insertAll(ArchiveFormat.RETENTION, ArchiveTable.RETENTION,
                    row -> jakarta.json.Json.createObjectBuilder(row).add("id", Ids.newId()).build(), null, null);
            insertAll(ArchiveFormat.IDENTITY, ArchiveTable.IDENTITY, row -> row, null, null);
            // the files before the records, whose documents refer to them by their (new) ids
            insertAll(ArchiveFormat.FILES, ArchiveTable.FILE, row -> remapped(row, List.of(), List.of()).build(), null,
                    null);
            long records = 0;
            for (String plugin : archive.recordPlugins()) {
                LoadedInstrument instrument = runtime.instrument(plugin).orElseThrow();
                int target = instrument.descriptor().dataSchemaVersion();
                records += insertAll(ArchiveFormat.records(plugin), ArchiveTable.RECORD, row -> {
                    if (!plugin.equals(row.getString("plugin_id"))) {
                        throw new ArchiveException("checksum", "A record of " + row.getString("plugin_id")
                                + " is in the entry of " + plugin + ".", List.of(ArchiveFormat.records(plugin)));
                    }
                    JsonObjectBuilder b = remapped(row, List.of(), List.of());
                    String document = ids.rewrite(row.get("document").toString());
                    JsonObject migrated = migrate(instrument, row.getString("kind"), row.getInt("schema_version"), target,
                            document);
                    b.add("document", migrated).add("schema_version", Math.max(target, row.getInt("schema_version")));
                    return b.build();
                }, null, null);
            }
            rows.put("records", records);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("from", archive.manifest().sourceSlug());
            summary.put("rows", rows.values().stream().mapToLong(Long::longValue).sum());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant_audit (id, tenant_id, occurred_at, actor_id, "
                    + "actor_email, action, entity_type, entity_id, changes) VALUES (?, ?, ?, ?, ?, 'CREATE', "
                    + "'tenant-import', ?, ?)")) {
                s.setString(1, Ids.newId());
                s.setString(2, tenantId);
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, caller.userId());
                s.setString(5, caller.email());
                s.setString(6, tenantId);
                s.setString(7, Json.write(Changes.created(summary)));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO platform_audit (id, tenant_id, occurred_at, actor_id, "
                    + "actor_email, action, entity_type, entity_id, changes) VALUES (?, ?, ?, ?, ?, 'CREATE', "
                    + "'tenant-import', ?, ?)")) {
                s.setString(1, Ids.newId());
                s.setString(2, tenantId);
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, caller.userId());
                s.setString(5, caller.email());
                s.setString(6, tenantId);
                s.setString(7, Json.write(Changes.created(Map.of("slug", slug, "from", archive.manifest().sourceSlug()))));
                s.executeUpdate();
            }
            return new ImportResult(slug, tenantName, archive.manifest().sourceSlug(), rows, created, linked);
        }

        /** Members join by e-mail: an existing account is linked, a missing one created without a usable password. */
        private void members() throws SQLException {
            long[] count = {0};
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO membership (id, tenant_id, user_id, role, "
                    + "created_at, version) VALUES (?, ?, ?, ?, ?, 0)")) {
                List<JsonObject> members = new ArrayList<>();
                archive.forEach(ArchiveFormat.MEMBERS, members::add);
                for (JsonObject member : members) {
                    String email = UserAccount.normalizeEmail(member.getString("email"));
                    TenantRole role;
                    try {
                        role = TenantRole.valueOf(member.getString("role"));
                    } catch (IllegalArgumentException e) {
                        throw new ArchiveException("checksum", "A member has an unknown role.", List.of(ArchiveFormat.MEMBERS));
                    }
                    String userId = userByEmail(email);
                    if (userId == null) {
                        userId = Ids.newId();
                        try (PreparedStatement s = c.prepareStatement("INSERT INTO user_account (id, email, display_name, "
                                + "password_hash, preferred_locale, failed_logins, created_at, credentials_version, "
                                + "must_change_password) VALUES (?, ?, ?, ?, ?, 0, ?, 0, TRUE)")) {
                            s.setString(1, userId);
                            s.setString(2, email);
                            s.setString(3, member.getString("display_name"));
                            s.setString(4, hasher.hash(PasswordHasher.generatePassword() + Ids.newId()));
                            s.setString(5, member.isNull("preferred_locale") ? null : member.getString("preferred_locale"));
                            s.setTimestamp(6, Timestamp.from(now));
                            s.executeUpdate();
                        }
                        created.add(email);
                    } else {
                        linked.add(email);
                    }
                    ids.link(member.getString("user_id"), userId);
                    insert.setString(1, Ids.newId());
                    insert.setString(2, tenantId);
                    insert.setString(3, userId);
                    insert.setString(4, role.name());
                    insert.setTimestamp(5, Timestamp.from(Instant.parse(member.getString("created_at"))));
                    insert.executeUpdate();
                    count[0]++;
                }
            }
            rows.put("members", count[0]);
        }

        private String userByEmail(String email) {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM user_account WHERE email = ?")) {
                s.setString(1, UserAccount.normalizeEmail(email));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The row with its own id and the named reference columns mapped, and the named text columns rewritten. */
        private JsonObjectBuilder remapped(JsonObject row, List<String> references, List<String> texts) {
            JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder(row);
            b.add("id", ids.mapped(row.getString("id")));
            for (String column : references) {
                if (!row.isNull(column)) {
                    b.add(column, ids.mapped(row.getString(column)));
                }
            }
            for (String column : texts) {
                if (!row.isNull(column)) {
                    b.add(column, ids.rewrite(row.getString(column)));
                }
            }
            return b;
        }

        private long insertAll(String entry, ArchiveTable table, java.util.function.Function<JsonObject, JsonObject> edit,
                String extraColumn, java.util.function.Supplier<String> extraValue) throws SQLException {
            String sql = extraColumn == null ? table.insert() : table.insert(extraColumn);
            long[] count = {0};
            try (PreparedStatement s = c.prepareStatement(sql)) {
                archive.forEach(entry, row -> {
                    try {
                        JsonObject edited = edit.apply(row);
                        if (extraColumn != null) {
                            // the extra column goes first, the tenant and the table's columns after it
                            s.setString(1, extraValue.get());
                            table.bind(s, 2, tenantId, edited);
                        } else {
                            table.bind(s, 1, tenantId, edited);
                        }
                        s.addBatch();
                        if (++count[0] % 500 == 0) {
                            s.executeBatch();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(entry + ": " + e.getMessage(), e);
                    } catch (ClassCastException | NullPointerException | ArithmeticException | IllegalArgumentException
                            | java.time.format.DateTimeParseException e) {
                        throw new ArchiveException("checksum", "A row of " + entry + " does not have the expected fields.",
                                List.of(entry));
                    }
                });
                s.executeBatch();
            }
            rows.put(entry, count[0]);
            return count[0];
        }

        private JsonObject migrate(LoadedInstrument instrument, String kind, int from, int target, String document) {
            JsonObject current;
            try (var reader = jakarta.json.Json.createReader(new StringReader(document))) {
                current = reader.readObject();
            }
            for (int version = from; version < target; version++) {
                int step = version;
                JsonObject input = current;
                current = guard.call(instrument.pluginId(), instrument.pluginId(), "record migration from " + step,
                        () -> instrument.instrument().migrateRecord(kind, step, input));
                if (current == null) {
                    throw new IllegalStateException("the migration of " + kind + " from schema " + step + " returned nothing");
                }
            }
            return current;
        }

        private void batch(PreparedStatement s, String a, String b) {
            try {
                s.setString(1, a);
                s.setString(2, b);
                s.addBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A token hash nobody has the token of (an imported invitation cannot be accepted). */
    private static String hashOfRandom() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((Ids.newId() + Ids.newId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
