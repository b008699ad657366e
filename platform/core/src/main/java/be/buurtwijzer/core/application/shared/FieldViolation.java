package be.buurtwijzer.core.application.shared;

/**
 * One field's problem. {@code code} names the rule that failed (the constraint's simple name, e.g.
 * NotBlank, Size, Email) so that a user interface can say it in the user's language; {@code limit}
 * is the rule's bound where it has one.
 */
public record FieldViolation(String field, String message, String code, Long limit) {

    public FieldViolation(String field, String message) {
        this(field, message, null, null);
    }
}
