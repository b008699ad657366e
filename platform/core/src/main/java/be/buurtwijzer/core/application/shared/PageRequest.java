package be.buurtwijzer.core.application.shared;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Which page of a list, how large, sorted how. Parsed from what a user typed, so every bad value
 * is reported with the name of the parameter.
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * @param sort a field name, prefixed with '-' for descending order; null for the default
     */
    public static PageRequest parse(String page, String size, String sort, Set<String> sortable, String defaultSort) {
        int pageSize = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        // the first entry of the last page must be countable: page times size never past the largest int
        int pageNumber = parseInt("page", page, 0, 0, Integer.MAX_VALUE / pageSize);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = spec.startsWith("-");
        String field = descending ? spec.substring(1) : spec;
        if (!sortable.contains(field)) {
            throw InvalidInputException.of("sort", "cannot sort on '" + field + "'; use one of "
                    + String.join(", ", sortable.stream().sorted().toList()) + ", with '-' in front for descending order");
        }
        return new PageRequest(pageNumber, pageSize, field, descending);
    }

    private static int parseInt(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw InvalidInputException.of(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be a whole number, not '" + value + "'");
        }
    }

    public int offset() {
        return page * size;
    }

    /**
     * The total that a page of this request shows without counting: a page that is not full and not past the
     * end ends the list. Empty for a full page, or an empty one after the first, which need a count.
     */
    public OptionalLong totalFrom(int onThisPage) {
        return onThisPage < size && (onThisPage > 0 || offset() == 0)
                ? OptionalLong.of((long) offset() + onThisPage) : OptionalLong.empty();
    }
}
