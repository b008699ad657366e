package be.buurtwijzer.core.application.instruments;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Who gets the last word on an operation that runs against the clock: the operation, by starting to
 * commit, or the guard, by giving up on it. Exactly one of them wins, so an operation the user was
 * told had been stopped never commits afterwards, and one that was committing is waited for.
 */
final class OperationAttempt {

    private enum State { RUNNING, COMMITTING, ABANDONED }

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

    /** Called by the operation before it commits; false when the guard gave up on it. */
    boolean commit() {
        return state.compareAndSet(State.RUNNING, State.COMMITTING);
    }

    /** Called by the guard at its time limit; false when the operation is already committing. */
    boolean abandon() {
        return state.compareAndSet(State.RUNNING, State.ABANDONED);
    }
}
