package be.buurtwijzer.core.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two states of an entity, field by field. */
public final class Changes {

    private Changes() {
    }

    public static Map<String, Change> created(Map<String, Object> after) {
        return between(Collections.emptyMap(), after);
    }

    public static Map<String, Change> deleted(Map<String, Object> before) {
        return between(before, Collections.emptyMap());
    }

    public static Map<String, Change> between(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, Change> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object from = plain(before.get(field));
            Object to = plain(after.get(field));
            if (!Objects.equals(from, to)) {
                changes.put(field, new Change(from, to));
            }
        }
        return changes;
    }

    private static Object plain(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
