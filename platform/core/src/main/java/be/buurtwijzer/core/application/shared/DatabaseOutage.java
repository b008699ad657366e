package be.buurtwijzer.core.application.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * A failure that means the database is away for the moment (restarting, failing over, unreachable), not that
 * the request was wrong: the caller gets a 503 to try again, not a 500 and not a refused log-in.
 */
public final class DatabaseOutage {

    /**
     * What the caller is told. A connection lost at the commit may have lost only the answer, so a change is
     * "maybe not saved", never "not saved": whoever repeats a creation checks first.
     */
    public static final String DETAIL = "The database does not answer at the moment, so your change may not have "
            + "been saved. Check before you repeat it, in a few seconds.";

    /** Not every resource exception: a wrong password or a misused handle is a fault to fix, not to wait out. */
    private static final java.util.Set<String> POOL_OUTAGES = java.util.Set.of(
            "jakarta.resource.spi.ResourceAllocationException", "jakarta.resource.spi.CommException");

    private static final java.util.concurrent.atomic.AtomicLong LAST_TRACE = new java.util.concurrent.atomic.AtomicLong();

    private DatabaseOutage() {
    }

    /**
     * Logs an outage: with its stack trace at most once a minute (so that the log of a long outage still shows
     * where it struck without a trace per request), one line otherwise.
     */
    public static void log(java.util.logging.Logger log, String what, Throwable error) {
        long now = System.nanoTime();
        long last = LAST_TRACE.get();
        if ((last == 0 || now - last > java.util.concurrent.TimeUnit.MINUTES.toNanos(1)) && LAST_TRACE.compareAndSet(last, now)) {
            log.log(java.util.logging.Level.WARNING, what, error);
        } else {
            log.warning(what + ": " + error);
        }
    }

    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (Connector/J, MariaDB, H2 and Liberty's pool use it)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (POOL_OUTAGES.contains(t.getClass().getName())) {
                return true; // Liberty's connection pool could not make or keep a connection
            }
        }
        return false;
    }

    /**
     * Runs a statement on a pooled connection: empty when the database answers, else why not (for logs and health
     * data). A statement, not {@code isValid}: on a connection left over from before a database restart it fails
     * with a connection error, which makes the pool drop every such connection, so that the requests after a
     * successful probe get fresh ones.
     */
    public static java.util.Optional<String> probe(javax.sql.DataSource dataSource, int timeoutSeconds) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.execute("SELECT 1");
            return java.util.Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return java.util.Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
