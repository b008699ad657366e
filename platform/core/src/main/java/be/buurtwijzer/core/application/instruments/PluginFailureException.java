package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ApplicationException;

/** A plugin failed, did not answer in time, or is not running; the user gets this message, the log the details. */
public class PluginFailureException extends ApplicationException {

    public enum Kind {
        FAILED, TIMED_OUT, UNAVAILABLE
    }

    private final Kind kind;

    public PluginFailureException(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
