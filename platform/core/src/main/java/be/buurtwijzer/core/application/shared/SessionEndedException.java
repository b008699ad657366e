package be.buurtwijzer.core.application.shared;

/**
 * The session's log-in no longer holds: the account is gone or its password was changed since
 * (by its owner elsewhere, or reset by an administrator). The person has to log in again.
 */
public class SessionEndedException extends ApplicationException {
    public SessionEndedException() {
        super("Your session has ended because your account changed (for example its password); log in again.");
        withCode("session-ended");
    }
}
