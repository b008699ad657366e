package be.buurtwijzer.core.application.register;

import java.util.Map;

/**
 * A list request as the user typed it: free text, filters by name, paging and sorting. The
 * service parses it and names the parameter of any bad value.
 */
public record ListQuery(String text, Map<String, String> filters, String page, String size, String sort) {

    public ListQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static ListQuery all() {
        return new ListQuery(null, Map.of(), null, String.valueOf(200), null);
    }

    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
