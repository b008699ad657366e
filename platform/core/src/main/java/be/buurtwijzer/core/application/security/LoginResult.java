package be.buurtwijzer.core.application.security;

import be.buurtwijzer.core.application.shared.Caller;

/** The outcome of a log-in attempt; the edge shows INVALID and LOCKED alike to API clients. */
public record LoginResult(Outcome outcome, Caller caller) {

    public enum Outcome {
        OK, INVALID, LOCKED
    }

    public static LoginResult ok(Caller caller) {
        return new LoginResult(Outcome.OK, caller);
    }

    public static LoginResult of(Outcome outcome) {
        return new LoginResult(outcome, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.OK;
    }
}
