package be.buurtwijzer.core.application.shared;

import be.buurtwijzer.plugin.api.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of service input, reported field by field, plus the platform's rule for text:
 * no control or invisible characters ({@link PlainText}), and Unicode NFC. The REST API's bodies
 * already pass that rule when they are read; this also holds it for the workspace's forms.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    /** @return the input with its text in NFC (use it instead of the original) */
    public <T> T check(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        List<FieldViolation> violations = new ArrayList<>(violations(validator, input));
        violations.addAll(textViolations(input, ""));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(FieldViolation::field));
            throw new InvalidInputException(violations);
        }
        return normalised(input);
    }

    public static <T> List<FieldViolation> violations(Validator validator, T input) {
        return validator.validate(input).stream()
                .map(InputValidator::toFieldViolation)
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    /** Every text in a record (and in its nested records and lists of text) that breaks the text rule. */
    public static List<FieldViolation> textViolations(Object input, String prefix) {
        List<FieldViolation> found = new ArrayList<>();
        if (input == null || !input.getClass().isRecord()) {
            return found;
        }
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            Object value = read(component, input);
            String field = prefix + component.getName();
            if (value instanceof String text) {
                int bad = PlainText.offending(text);
                if (bad >= 0) {
                    found.add(new FieldViolation(field, PlainText.problem(text, bad), "ControlCharacter", null));
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String text && PlainText.offending(text) >= 0) {
                        found.add(new FieldViolation(field + "[" + i + "]", PlainText.problem(text,
                                PlainText.offending(text)), "ControlCharacter", null));
                    }
                }
            } else if (value != null && value.getClass().isRecord()) {
                found.addAll(textViolations(value, field + "."));
            }
        }
        return found;
    }

    /** The same record with every text in NFC (a copy only when something changed). */
    @SuppressWarnings("unchecked")
    static <T> T normalised(T input) {
        if (input == null || !input.getClass().isRecord()) {
            return input;
        }
        RecordComponent[] components = input.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], input);
            Object normal = value;
            if (value instanceof String text) {
                normal = PlainText.nfc(text);
            } else if (value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof String)) {
                normal = list.stream().map(v -> v instanceof String s ? PlainText.nfc(s) : v).toList();
                if (normal.equals(value)) {
                    normal = value;
                }
            } else if (value != null && value.getClass().isRecord()) {
                normal = normalised(value);
            }
            changed |= normal != value && !normal.equals(value);
            values[i] = normal;
        }
        if (!changed) {
            return input;
        }
        try {
            Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = input.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            return input;
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
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
