package be.buurtwijzer.core.application.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * A failure that means the database is away for the moment (restarting, failing over, unreachable), not that
 * the request was wrong: the caller gets a 503 to try again, not a 500 and not a refused log-in.
 */
public final class DatabaseOutage {

    /** What the caller is told; nothing of the request was kept. */
    public static final String DETAIL = "The database does not answer at the moment; nothing was changed. "
            + "Try again in a few seconds.";

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (Connector/J, MariaDB, H2 and Liberty's pool use it)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().startsWith("jakarta.resource.")) {
                return true; // Liberty's connection pool could not make a connection
            }
        }
        return false;
    }
}
