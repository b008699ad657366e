package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.domain.audit.AuditAction;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One line of the audit trail as people read it: "Initiatief gewijzigd: naam en status" instead of
 * UPDATE, initiative and the raw changes. Labels come from the translations; a field or kind without
 * a label keeps its own name, so nothing is hidden.
 */
public final class AuditSentence {

    /** Looks up a translation key, or returns null when there is none. */
    public interface Labels extends BiFunction<String, Object[], String> {
    }

    private final Labels labels;

    public AuditSentence(Labels labels) {
        this.labels = labels;
    }

    /** Labels from the component's translations; a key they lack gives no label. */
    public static AuditSentence translatedBy(com.vaadin.flow.component.Component component) {
        return new AuditSentence((key, params) -> {
            String found = component.getTranslation(key, params);
            return found.startsWith("!") ? null : found;
        });
    }

    public String of(AuditAction action, String entityType, JsonObject changes) {
        String what = capitalised(entity(entityType)) + subject(changes).map(name -> " ‘" + name + "’").orElse("");
        String done = label("audit.done." + action.name(), action.name().toLowerCase(Locale.ROOT));
        List<String> fields = fields(changes);
        String sentence = what + " " + done;
        if (fields.isEmpty() || action == AuditAction.DELETE || action == AuditAction.ERASE) {
            return sentence;
        }
        return sentence + ": " + list(fields);
    }

    /** Who did it: a person's address, or what the platform did by itself, in words. */
    public String who(String actorEmail) {
        if (actorEmail == null || !actorEmail.startsWith("system:")) {
            return actorEmail == null ? "" : actorEmail;
        }
        String purpose = actorEmail.substring("system:".length());
        String known = labels.apply("audit.system." + purpose, new Object[0]);
        if (known != null) {
            return known;
        }
        String general = labels.apply("audit.system", new Object[] {purpose});
        return general == null ? actorEmail : general;
    }

    /** Which one: the name (or title, or challenge) it has after the change, else before. */
    static java.util.Optional<String> subject(JsonObject changes) {
        if (changes == null) {
            return java.util.Optional.empty();
        }
        for (String field : List.of("name", "title", "challenge")) {
            java.util.Optional<String> found = value(changes.get(field));
            if (found.isPresent()) {
                return found;
            }
        }
        if (changes.get("document") instanceof JsonObject document) {
            for (String side : List.of("to", "from")) {
                if (document.get(side) instanceof JsonObject state) {
                    for (String field : List.of("name", "title", "challenge")) {
                        if (state.get(field) instanceof jakarta.json.JsonString text && !text.getString().isBlank()) {
                            return java.util.Optional.of(shortened(text.getString()));
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> value(JsonValue change) {
        if (change instanceof JsonObject fromTo) {
            for (String side : List.of("to", "from")) {
                if (fromTo.get(side) instanceof jakarta.json.JsonString text && !text.getString().isBlank()) {
                    return java.util.Optional.of(shortened(text.getString()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    String entity(String entityType) {
        if (entityType == null) {
            return "";
        }
        String[] parts = entityType.split(":", 3);
        if (parts.length == 3 && ("record".equals(parts[0]) || "file".equals(parts[0]))) {
            String kind = label("audit.kind." + parts[1] + "." + parts[2], parts[2]);
            return labels.apply("audit.entity." + parts[0] + ".in", new Object[] {kind, instrument(parts[1])});
        }
        return label("audit.entity." + entityType, entityType);
    }

    private String instrument(String pluginId) {
        return label("audit.instrument." + pluginId, pluginId);
    }

    /** The changed fields; for an instrument's record, the fields of its document that changed. */
    List<String> fields(JsonObject changes) {
        if (changes == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String field : changes.keySet()) {
            if ("document".equals(field) && changes.get(field) instanceof JsonObject change) {
                names.addAll(documentFields(change));
            } else if (!"version".equals(field) && !"schemaVersion".equals(field)) {
                names.add(field);
            }
        }
        List<String> shown = new ArrayList<>();
        int unnamed = 0;
        for (String name : names) {
            String word = labels.apply("audit.field." + name, new Object[0]);
            if (word != null) {
                shown.add(word);
            } else {
                unnamed++; // a plugin's own field: counted, never shown as the code spells it
            }
        }
        if (unnamed > 0) {
            String others = labels.apply("audit.fields.other", new Object[] {unnamed});
            shown.add(others == null ? unnamed + " other fields" : others);
        }
        return shown;
    }

    private static Set<String> documentFields(JsonObject change) {
        JsonValue from = change.get("from");
        JsonValue to = change.get("to");
        Set<String> fields = new LinkedHashSet<>();
        JsonObject before = from instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject after = to instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        Set<String> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String field : all) {
            if (!java.util.Objects.equals(before.get(field), after.get(field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    private String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String and = label("audit.and", "and");
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    private String label(String key, String fallback) {
        String found = labels.apply(key, new Object[0]);
        return found == null ? fallback : found;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
