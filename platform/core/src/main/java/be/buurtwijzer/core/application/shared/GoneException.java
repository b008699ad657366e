package be.buurtwijzer.core.application.shared;

/** What the request points to existed but can no longer be used (an expired or used link). */
public class GoneException extends ApplicationException {
    public GoneException(String message, String field) {
        super(message, field);
    }
}
