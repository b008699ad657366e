package be.buurtwijzer.plugin.api;

/**
 * A refusal the user can act on (bad input, a conflict). The platform answers it as a 4xx with
 * the message; any other exception from a plugin counts as a failure of the plugin.
 */
public class InstrumentException extends RuntimeException {

    public enum Kind {
        INVALID_INPUT, NOT_FOUND, CONFLICT
    }

    private final Kind kind;
    private final String field;

    public InstrumentException(Kind kind, String message, String field) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static InstrumentException invalid(String field, String message) {
        return new InstrumentException(Kind.INVALID_INPUT, message, field);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
