package be.buurtwijzer.core.infrastructure;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Leases in the database for scheduled work that must run once per period however many nodes run it, and for work
 * that one node at a time must carry on until it is done ({@link #hold}).
 * A node that takes a job's lease does the work and keeps the lease for most of the period, so the other
 * nodes' runs of that period find it held and skip; a node that dies holding it only delays the work
 * until the lease runs out. One conditional UPDATE decides, so two nodes asking at the same instant
 * cannot both win. The nodes compare leases with their own clocks, which NTP keeps within milliseconds of each
 * other; a node whose clock is minutes off could run a job a second time in a period.
 */
public final class JobLeases {

    private final DataSource dataSource;
    private final Clock clock;
    private final String node;

    public JobLeases(DataSource dataSource, Clock clock, String node) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.node = node;
    }

    /** This JVM as the lease table names it: process id and host (the pod's name on Kubernetes). */
    public static String thisNode() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Whether this node is to run the job now: true if no node holds its lease, which this node then
     * holds for nine tenths of {@code period} (the rest absorbs the nodes' timers drifting apart).
     */
    public boolean take(String job, Duration period) {
        Instant now = clock.instant();
        return lease(job, utc(now.plus(period.multipliedBy(9).dividedBy(10))), "leased_until <= ?", utc(now));
    }

    /**
     * Runs the work of a job whose lease this node took; if it fails, gives the lease back, so that the next
     * timer of any node tries again instead of the job waiting out the period.
     */
    public <T> T givenBackOnFailure(String job, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            giveBack(job);
            throw e;
        }
    }

    /**
     * Takes the lease for {@code hold} if it has lapsed, or holds it that much longer if this node has it: work that
     * runs until it is done rather than once per period (a municipality's seeds), renewed while it goes on.
     */
    public boolean hold(String key, Duration hold) {
        Instant now = clock.instant();
        return lease(key, utc(now.plus(hold)), "(leased_until <= ? OR holder = ?)", utc(now), node);
    }

    /** Until when another node holds the lease; empty when it is this node's, has lapsed or was never taken. */
    public Optional<Instant> heldElsewhereUntil(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT leased_until FROM scheduled_lease WHERE job = ? AND holder <> ? AND leased_until > ?")) {
            select.setString(1, key);
            select.setString(2, node);
            select.setObject(3, utc(clock.instant()));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lease " + key, e);
        }
    }

    /** The work is over: the lease this node holds goes, so that no row is left for work that will not come back. */
    public void end(String key) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "DELETE FROM scheduled_lease WHERE job = ? AND holder = ?", key, node);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot end the lease " + key, e);
        }
    }

    /** Gives the lease this node holds back at once, so that any node may take it; if the database is away, it lapses. */
    public void giveBack(String job) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "UPDATE scheduled_lease SET leased_until = ? WHERE job = ? AND holder = ?",
                    utc(clock.instant()), job, node);
        } catch (SQLException e) {
            // the database that made the work fail may well be away: the lease then runs out by itself
        }
    }

    /** This node holds the lease until then if it is free {@code when}: by a conditional update, or as its first row. */
    private boolean lease(String key, LocalDateTime until, String when, Object... whenParameters) {
        Object[] parameters = new Object[3 + whenParameters.length];
        parameters[0] = node;
        parameters[1] = until;
        parameters[2] = key;
        System.arraycopy(whenParameters, 0, parameters, 3, whenParameters.length);
        try (Connection connection = dataSource.getConnection()) {
            return execute(connection, "UPDATE scheduled_lease SET holder = ?, leased_until = ?, runs = runs + 1"
                    + " WHERE job = ? AND " + when, parameters) == 1 || firstLease(connection, key, until);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lease " + key, e);
        }
    }

    private static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The job's first run ever: the node whose row goes in first holds it; the others find the key taken. */
    private boolean firstLease(Connection connection, String job, LocalDateTime until) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scheduled_lease (job, holder, leased_until, runs) VALUES (?, ?, ?, 1)")) {
            insert.setString(1, job);
            insert.setString(2, node);
            insert.setObject(3, until);
            insert.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException held) {
            return false;
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
