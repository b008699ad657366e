package be.buurtwijzer.core.domain.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;

/**
 * Blanks a person in stored JSON (an audit entry's changes, which hold whole plugin documents as JSON
 * text inside JSON): every string value is redacted after its escapes are read, and a string that is
 * itself a JSON document is walked in turn. Working on the raw text would miss a name after an escaped
 * line break ({@code \nMarie}).
 */
public final class JsonRedaction {

    private JsonRedaction() {
    }

    public static boolean mentions(String json, PersonMatch person) {
        if (json == null) {
            return false;
        }
        JsonValue value = parse(json);
        return value == null ? person.isMentionedIn(json) : mentions(value, person);
    }

    /** The same JSON with the person blanked in every string; the text unchanged when nothing mentions them. */
    public static String redact(String json, PersonMatch person) {
        if (json == null || !mentions(json, person)) {
            return json;
        }
        JsonValue value = parse(json);
        return value == null ? person.redact(json) : redact(value, person).toString();
    }

    private static boolean mentions(JsonValue value, PersonMatch person) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .anyMatch(e -> person.isMentionedIn(e.getKey()) || mentions(e.getValue(), person));
            case ARRAY -> value.asJsonArray().stream().anyMatch(v -> mentions(v, person));
            case STRING -> {
                String text = ((JsonString) value).getString();
                JsonValue nested = nested(text);
                yield nested != null ? mentions(nested, person) : person.isMentionedIn(text);
            }
            default -> false;
        };
    }

    private static JsonValue redact(JsonValue value, PersonMatch person) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder builder = Json.createObjectBuilder();
                for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                    builder.add(person.redact(e.getKey()), redact(e.getValue(), person));
                }
                return builder.build();
            }
            case ARRAY -> {
                JsonArrayBuilder builder = Json.createArrayBuilder();
                value.asJsonArray().forEach(v -> builder.add(redact(v, person)));
                return builder.build();
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                JsonValue nested = nested(text);
                return Json.createValue(nested != null ? redact(nested, person).toString() : person.redact(text));
            }
            default -> {
                return value;
            }
        }
    }

    /** A string that holds a JSON object or array (a stored document), else null. */
    private static JsonValue nested(String text) {
        String t = text.strip();
        return (t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]")) ? parse(t) : null;
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonStructure structure = reader.read();
            return structure instanceof JsonObject || structure instanceof JsonArray ? structure : null;
        } catch (JsonParsingException | IllegalStateException e) {
            return null;
        }
    }
}
