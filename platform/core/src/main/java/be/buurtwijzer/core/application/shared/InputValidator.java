package be.buurtwijzer.core.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Bean Validation of service input, reported field by field. */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        List<FieldViolation> violations = violations(validator, input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return input;
    }

    public static <T> List<FieldViolation> violations(Validator validator, T input) {
        return validator.validate(input).stream()
                .map(InputValidator::toFieldViolation)
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    private static FieldViolation toFieldViolation(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        var descriptor = violation.getConstraintDescriptor();
        Object max = descriptor.getAttributes().get("max");
        return new FieldViolation(path, violation.getMessage(),
                descriptor.getAnnotation().annotationType().getSimpleName(),
                max instanceof Number n ? n.longValue() : null);
    }
}
