package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Flushes inside the service, so that concurrency and integrity clashes become clear 409s. */
final class Persistence {
    private Persistence() {
    }

    static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("This " + what + " was changed by someone else in the meantime. Reload it and "
                    + "apply your change again; nothing was saved.", "version");
        } catch (PersistenceException e) {
            if (hasCause(e, SQLIntegrityConstraintViolationException.class)) {
                throw new ConflictException("This " + what + " clashes with existing data (a duplicate name, or a "
                        + "reference that no longer exists); nothing was saved.");
            }
            throw e;
        }
    }

    static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
