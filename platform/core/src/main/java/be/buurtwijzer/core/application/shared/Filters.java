package be.buurtwijzer.core.application.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses filter parameters typed by a user, naming the parameter when a value is wrong. */
public final class Filters {

    private Filters() {
    }

    /** An id typed into a filter: the platform's ids are UUIDs, so anything else is a mistake, not "none found". */
    public static String id(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.trim();
        if (!be.buurtwijzer.core.domain.shared.Ids.isId(id)) {
            throw InvalidInputException.of(parameter, "must be an id, such as 3b241101-e2bb-4255-8caf-4136c566a962");
        }
        return id;
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
        // composed: an é typed as e + combining accent (some keyboards, pasted text) finds the stored é
        String escaped = Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
