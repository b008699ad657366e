package be.buurtwijzer.core.application.shared;

/** A refusal the user can understand and act on; the edge turns it into a problem response. */
public abstract class ApplicationException extends RuntimeException {
    private final String field;

    protected ApplicationException(String message) {
        this(message, null);
    }

    protected ApplicationException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The input field the problem is about, if any. */
    public String field() {
        return field;
    }
}
