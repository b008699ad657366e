package be.buurtwijzer.core.application.lifecycle;

import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.shared.Ids;
import be.buurtwijzer.core.infrastructure.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Deletes every row of one municipality whose grace period is over: the register's links, then
 * every table that has a tenant column — found in the database's own catalogue, so that a table
 * added by a later migration is covered without a change here —, the platform audit entries about
 * it, and the municipality itself. One platform audit entry remains, saying that it happened
 * (slug and number of rows, none of the content).
 * <p>
 * Safe on many nodes: the municipality's row is locked first ({@code SELECT … FOR UPDATE}), so a
 * second purge of it waits and then finds nothing left to do; a restore in between wins too.
 */
@ApplicationScoped
public class TenantPurge {

    /** Tables deleted first, in this order (children before parents); any other tenant table after them. */
    private static final List<String> ORDER = List.of("tenant_audit", "plugin_record", "tenant_subscription",
            "invitation", "membership", "initiative", "actor", "neighbourhood");

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** The municipalities closed for deletion whose grace period is over. */
    @Transactional
    public List<String> due() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM tenant WHERE status = 'CLOSED' "
                        + "AND deletion_due_at IS NOT NULL AND deletion_due_at <= ? ORDER BY deletion_due_at")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Purges one municipality if it is (still) due; its slug when this call purged it, else empty. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> purge(String tenantId) {
        try (Connection c = dataSource.getConnection()) {
            String slug;
            try (PreparedStatement s = c.prepareStatement("SELECT slug, status, deletion_due_at FROM tenant WHERE id = ? "
                    + "FOR UPDATE")) {
                s.setString(1, tenantId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp due = rs.getTimestamp(3);
                    if (!"CLOSED".equals(rs.getString(2)) || due == null || due.toInstant().isAfter(clock.instant())) {
                        return Optional.empty();
                    }
                    slug = rs.getString(1);
                }
            }
            long rows = 0;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM initiative_actor WHERE initiative_id IN "
                    + "(SELECT id FROM initiative WHERE tenant_id = ?)")) {
                s.setString(1, tenantId);
                rows += s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE initiative SET neighbourhood_id = NULL WHERE tenant_id = ?")) {
                s.setString(1, tenantId);
                s.executeUpdate();
            }
            Set<String> tables = new LinkedHashSet<>(ORDER);
            tables.addAll(tenantTables(c));
            tables.remove("tenant");
            tables.remove("platform_audit");
            rows += deleteAll(c, new ArrayList<>(tables), tenantId);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM platform_audit WHERE tenant_id = ?")) {
                s.setString(1, tenantId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM tenant WHERE id = ?")) {
                s.setString(1, tenantId);
                rows += s.executeUpdate();
            }
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("slug", slug);
            what.put("rows", rows);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO platform_audit (id, tenant_id, occurred_at, "
                    + "actor_id, actor_email, action, entity_type, entity_id, changes) VALUES (?, NULL, ?, NULL, "
                    + "'system:tenant-purge', 'DELETE', 'tenant-purge', ?, ?)")) {
                s.setString(1, Ids.newId());
                s.setTimestamp(2, Timestamp.from(Instant.now(clock)));
                s.setString(3, tenantId);
                s.setString(4, Json.write(Changes.deleted(what)));
                s.executeUpdate();
            }
            return Optional.of(slug);
        } catch (SQLException e) {
            throw new IllegalStateException("purging municipality " + tenantId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the municipality's rows from every table, the known ones in their order; a table that a
     * foreign key of another one still holds is tried again after the others (up to one pass per table).
     */
    private static long deleteAll(Connection c, List<String> tables, String tenantId) throws SQLException {
        long rows = 0;
        List<String> left = new ArrayList<>(tables);
        SQLException last = null;
        for (int pass = 0; pass <= tables.size() && !left.isEmpty(); pass++) {
            List<String> failed = new ArrayList<>();
            for (String table : left) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
                    s.setString(1, tenantId);
                    rows += s.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                    failed.add(table);
                    last = e;
                }
            }
            left = failed;
        }
        if (!left.isEmpty()) {
            throw last;
        }
        return rows;
    }

    /** Every table of this schema with a tenant_id column, from the database's catalogue. */
    static List<String> tenantTables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if ("tenant_id".equalsIgnoreCase(rs.getString("COLUMN_NAME"))
                        && table.matches("[A-Za-z0-9_]+") && !tables.contains(table.toLowerCase(Locale.ROOT))) {
                    tables.add(table.toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
