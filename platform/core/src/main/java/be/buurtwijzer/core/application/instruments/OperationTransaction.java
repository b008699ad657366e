package be.buurtwijzer.core.application.instruments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;

/**
 * One operation call is one transaction: every record the plugin writes during the call, and their
 * audit entries, commit together when the operation answers, or not at all when it fails, refuses or
 * is stopped by the guard.
 */
@ApplicationScoped
public class OperationTransaction {

    /** The operation was stopped by the guard before it could commit; its writes are rolled back. */
    static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("operation abandoned at the time limit", null, false, false);
        }
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <T> T run(Callable<T> operation, OperationAttempt attempt) throws Exception {
        T answer = operation.call();
        if (!attempt.commit()) {
            throw new Abandoned();
        }
        return answer;
    }
}
