package be.buurtwijzer.core.application.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Concurrency seen from the database: a version that moved, a unique key another request took
 * first, a deadlock or a lock wait that timed out. Each is a 409 with a clear sentence, never a 500,
 * wherever it surfaces: at an explicit flush, or at the commit after a service returned.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /** Flushes inside the service, so that concurrency and integrity clashes become clear 409s. */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            ConflictException conflict = of(e, what);
            if (conflict != null) {
                throw conflict;
            }
            throw e;
        }
    }

    /** The conflict a failure stands for, or null when it is something else. */
    public static ConflictException of(Throwable error) {
        return of(error, "entry");
    }

    static ConflictException of(Throwable error, String what) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConflictException conflict) {
                return conflict;
            }
            // EclipseLink's own exception type is not visible to applications on Liberty: known by name
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return new ConflictException("This " + what + " was changed by someone else in the meantime. Reload "
                        + "it and apply your change again; nothing was saved.", "version");
            }
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return new ConflictException("This " + what + " clashes with a change made at the same moment or with "
                        + "existing data (a duplicate, or a reference that no longer exists); nothing was saved.")
                        .withCode("clash");
            }
            if (t instanceof SQLException sql && isLockProblem(sql)) {
                return new ConflictException("Someone else changed the same data at the same moment; nothing was saved. "
                        + "Try again.").withCode("busy");
            }
        }
        return null;
    }

    private static boolean isLockProblem(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 40001 serialization failure/deadlock; MySQL 1205 lock wait timeout, 1213 deadlock; H2 HYT00 lock timeout
        return state.startsWith("40") || state.equals("HYT00") || e.getErrorCode() == 1205 || e.getErrorCode() == 1213;
    }
}
