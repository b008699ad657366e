package be.buurtwijzer.core.application.shared;

/** The request is valid but clashes with the current state (stale version, duplicate, still in use). */
public class ConflictException extends ApplicationException {
    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, String field) {
        super(message, field);
    }

    public static ConflictException staleVersion(String what, long current) {
        return new ConflictException("This " + what + " was changed by someone else in the meantime (now at version "
                + current + "). Reload it and apply your change again; nothing was saved.", "version");
    }

    /** A stale version, saying who made the change the caller has not seen. */
    public static ConflictException staleVersion(String what, long current, String changedBy) {
        if (changedBy == null) {
            return staleVersion(what, current);
        }
        return new ConflictException("This " + what + " was changed by " + changedBy + " in the meantime (now at "
                + "version " + current + "). Reload it and apply your change again; nothing was saved.", "version")
                .withCode("changed-meanwhile", changedBy);
    }
}
