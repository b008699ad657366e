package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.Conflicts;
import jakarta.persistence.EntityManager;

/** Flushes inside the service, so that concurrency and integrity clashes become clear 409s. */
final class Persistence {
    private Persistence() {
    }

    static void flush(EntityManager em, String what) {
        Conflicts.flush(em, what);
    }
}
