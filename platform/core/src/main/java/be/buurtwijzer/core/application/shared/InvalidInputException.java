package be.buurtwijzer.core.application.shared;

import java.util.List;
import java.util.stream.Collectors;

public class InvalidInputException extends ApplicationException {
    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                violations.isEmpty() ? null : violations.get(0).field());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, message)));
    }

    /** The violations; a single one without a code of its own takes the exception's (set by {@code withCode}). */
    public List<FieldViolation> violations() {
        if (violations.size() == 1 && violations.get(0).code() == null && code() != null) {
            FieldViolation only = violations.get(0);
            return List.of(new FieldViolation(only.field(), only.message(), code(), only.limit()));
        }
        return violations;
    }
}
