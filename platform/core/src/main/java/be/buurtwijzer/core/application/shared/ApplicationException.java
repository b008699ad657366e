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

    private String code;
    private Object[] args = new Object[0];

    /**
     * Names the situation for a user interface that says it in the user's language (the message
     * itself is English, for the API and the log).
     */
    @SuppressWarnings("unchecked")
    public <T extends ApplicationException> T withCode(String code, Object... args) {
        this.code = code;
        this.args = args.clone();
        return (T) this;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The input field the problem is about, if any. */
    public String field() {
        return field;
    }
}
