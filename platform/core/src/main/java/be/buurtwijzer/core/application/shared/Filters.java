package be.buurtwijzer.core.application.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses filter parameters typed by a user, naming the parameter when a value is wrong. */
public final class Filters {
    private Filters() {
    }

    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(parameter, "unknown value '" + value + "'; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A LIKE pattern that matches the text anywhere, with the LIKE wildcards in it escaped by '\'. */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
