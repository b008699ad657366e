package be.buurtwijzer.core.infrastructure;

import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.plugin.api.PlainText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads request bodies the strict way (I-JSON, RFC 7493) and checks them against the Java type they
 * are meant for, before JSON-B binds them. JSON-B alone reads loosely: 2^63 into a long as 0,
 * {@code "yes"} into a boolean as false, -1e2000 as 0, a number where a text is expected, the last
 * of two duplicate keys, anything after the value. Here each of those is a 400 naming the field.
 * <p>
 * Also refused everywhere: text with control or invisible characters ({@link PlainText}), null
 * inside lists, nesting deeper than {@value #MAX_DEPTH}. Text comes out in NFC.
 */
public final class StrictJson {

    static final int MAX_DEPTH = 64;

    private StrictJson() {
    }

    /**
     * @return the same document with its text in NFC, ready for JSON-B
     * @throws InvalidInputException naming the first field that does not fit
     */
    public static String check(String json, Type target) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        JsonValue value = parse(json);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        return new Walk().value(value, target, "", 0).toString();
    }

    /** Parses one JSON value: duplicate keys and anything after the value are refused. */
    static JsonValue parse(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw InvalidInputException.of("body", "a JSON object is required");
            }
            JsonValue value = read(parser, parser.next(), "", 0);
            if (parser.hasNext()) {
                throw InvalidInputException.of("body", "has content after the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith("Expected EOF")
                    ? "has content after the JSON value" : "is not well-formed JSON";
            throw InvalidInputException.of("body", message + " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")");
        } catch (jakarta.json.JsonException e) {
            throw InvalidInputException.of("body", "is not well-formed JSON");
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw InvalidInputException.of(path.isEmpty() ? "body" : path, "is nested more than " + MAX_DEPTH
                    + " levels deep");
        }
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String field = join(path, key);
                    if (!keys.add(key)) {
                        throw InvalidInputException.of(field, "appears twice in the same object");
                    }
                    object.add(key, read(parser, parser.next(), field, depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int index = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(read(parser, next, path + "[" + index++ + "]", depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Json.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw InvalidInputException.of("body", "is not well-formed JSON");
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Walks a value next to the type it is for; every mismatch is refused with the field's path. */
    private static final class Walk {

        JsonValue value(JsonValue value, Type type, String path, int depth) {
            Class<?> raw = JsonTypes.raw(type);
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                if (raw.isPrimitive()) {
                    throw refuse(path, "must be " + expected(raw) + ", not null");
                }
                return value;
            }
            if (raw == String.class || raw == Character.class || raw == char.class) {
                return text(value, raw, path);
            }
            if (raw == boolean.class || raw == Boolean.class) {
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    throw refuse(path, "must be true or false, not " + shown(value));
                }
                return value;
            }
            if (isNumber(raw)) {
                return number(value, raw, path);
            }
            if (raw.isEnum()) {
                String name = string(value, raw, path);
                Set<String> allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
                if (!allowed.contains(name)) {
                    throw refuse(path, "unknown value " + shown(value) + "; allowed: " + String.join(", ", allowed));
                }
                return value;
            }
            if (isTemporal(raw) || raw == UUID.class) {
                return temporal(value, raw, path);
            }
            if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
                return list(value, type, raw, path, depth);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(value, type, path, depth);
            }
            if (raw == Object.class || JsonValue.class.isAssignableFrom(raw) || raw.isInterface()
                    || Modifier.isAbstract(raw.getModifiers()) || raw.getName().startsWith("java.")) {
                return anything(value, path, depth);
            }
            return object(value, raw, path, depth);
        }

        private JsonValue text(JsonValue value, Class<?> raw, String path) {
            String text = string(value, raw, path);
            if (raw != String.class && text.codePointCount(0, text.length()) != 1) {
                throw refuse(path, "must be a single character");
            }
            return Json.createValue(clean(text, path));
        }

        private String string(JsonValue value, Class<?> raw, String path) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw refuse(path, "must be " + expected(raw) + ", not " + shown(value));
            }
            return ((JsonString) value).getString();
        }

        private static String clean(String text, String path) {
            int bad = PlainText.offending(text);
            if (bad >= 0) {
                throw new InvalidInputException(java.util.List.of(new FieldViolation(field(path),
                        PlainText.problem(text, bad), "ControlCharacter", null)));
            }
            return PlainText.nfc(text);
        }

        private JsonValue number(JsonValue value, Class<?> raw, String path) {
            if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                throw refuse(path, "must be " + expected(raw) + ", not " + shown(value));
            }
            BigDecimal number;
            try {
                number = ((JsonNumber) value).bigDecimalValue();
            } catch (RuntimeException e) {
                throw refuse(path, "is not a number this platform can store");
            }
            if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
                double d = number.doubleValue();
                double max = raw == float.class || raw == Float.class ? Float.MAX_VALUE : Double.MAX_VALUE;
                if (Double.isInfinite(d) || Math.abs(d) > max) {
                    throw refuse(path, "is out of range for a number here");
                }
                return value;
            }
            if (raw == BigDecimal.class) {
                if (Double.isInfinite(number.doubleValue()) || number.precision() > 100) {
                    throw refuse(path, "is out of range for a number here");
                }
                return value;
            }
            BigInteger whole;
            try {
                whole = number.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw refuse(path, "must be a whole number, not " + shown(value));
            }
            long[] range = range(raw);
            if (whole.compareTo(BigInteger.valueOf(range[0])) < 0 || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
                throw refuse(path, "must be a whole number from " + range[0] + " to " + range[1] + ", not " + shown(value));
            }
            return Json.createValue(whole.longValue());
        }

        private JsonValue temporal(JsonValue value, Class<?> raw, String path) {
            String text = string(value, raw, path);
            try {
                if (raw == LocalDate.class) {
                    LocalDate.parse(text);
                } else if (raw == Instant.class) {
                    Instant.parse(text);
                } else if (raw == LocalDateTime.class) {
                    LocalDateTime.parse(text);
                } else if (raw == LocalTime.class) {
                    LocalTime.parse(text);
                } else if (raw == OffsetDateTime.class) {
                    OffsetDateTime.parse(text);
                } else if (raw == ZonedDateTime.class) {
                    ZonedDateTime.parse(text);
                } else if (raw == Duration.class) {
                    Duration.parse(text);
                } else if (raw == UUID.class && !be.buurtwijzer.core.domain.shared.Ids.isId(text)) {
                    throw new IllegalArgumentException("not an id");
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw refuse(path, "must be " + expected(raw) + ", not " + shown(value));
            }
            return value;
        }

        private JsonValue list(JsonValue value, Type type, Class<?> raw, String path, int depth) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw refuse(path, "must be a list, not " + shown(value));
            }
            Type element = raw.isArray() ? (type instanceof GenericArrayType g ? g.getGenericComponentType()
                    : raw.getComponentType()) : JsonTypes.argument(type, 0);
            JsonArrayBuilder out = Json.createArrayBuilder();
            int index = 0;
            for (JsonValue item : value.asJsonArray()) {
                String at = path + "[" + index++ + "]";
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw refuse(at, "must not be null: leave the entry out instead");
                }
                out.add(value(item, element, at, depth + 1));
            }
            return out.build();
        }

        private JsonValue map(JsonValue value, Type type, String path, int depth) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refuse(path, "must be an object, not " + shown(value));
            }
            Type valueType = JsonTypes.argument(type, 1);
            JsonObjectBuilder out = Json.createObjectBuilder();
            for (var entry : value.asJsonObject().entrySet()) {
                String at = join(path, entry.getKey());
                out.add(clean(entry.getKey(), at), value(entry.getValue(), valueType, at, depth + 1));
            }
            return out.build();
        }

        private JsonValue anything(JsonValue value, String path, int depth) {
            return switch (value.getValueType()) {
                case STRING -> Json.createValue(clean(((JsonString) value).getString(), path));
                case ARRAY -> {
                    JsonArrayBuilder out = Json.createArrayBuilder();
                    int index = 0;
                    for (JsonValue item : value.asJsonArray()) {
                        out.add(anything(item, path + "[" + index++ + "]", depth + 1));
                    }
                    yield out.build();
                }
                case OBJECT -> map(value, Map.class, path, depth);
                case NUMBER -> {
                    if (Double.isInfinite(((JsonNumber) value).bigDecimalValue().doubleValue())) {
                        throw refuse(path, "is out of range for a number here");
                    }
                    yield value;
                }
                default -> value;
            };
        }

        private JsonValue object(JsonValue value, Class<?> raw, String path, int depth) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refuse(path, "must be an object, not " + shown(value));
            }
            Map<String, Type> properties = JsonTypes.properties(raw);
            JsonObjectBuilder out = Json.createObjectBuilder();
            for (var entry : value.asJsonObject().entrySet()) {
                String at = join(path, entry.getKey());
                Type property = properties.get(entry.getKey());
                // a property the type does not have is ignored by JSON-B; its text is still checked
                out.add(clean(entry.getKey(), at), property == null ? anything(entry.getValue(), at, depth + 1)
                        : value(entry.getValue(), property, at, depth + 1));
            }
            return out.build();
        }

    }

    private static InvalidInputException refuse(String path, String message) {
        return new InvalidInputException(java.util.List.of(new FieldViolation(field(path), message, "JsonType", null)));
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String shown(JsonValue value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "…" : text;
    }

    private static boolean isNumber(Class<?> raw) {
        return raw == int.class || raw == long.class || raw == short.class || raw == byte.class
                || raw == double.class || raw == float.class || Number.class.isAssignableFrom(raw);
    }

    private static boolean isTemporal(Class<?> raw) {
        return raw == LocalDate.class || raw == Instant.class || raw == LocalDateTime.class || raw == LocalTime.class
                || raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == Duration.class;
    }

    private static long[] range(Class<?> raw) {
        if (raw == int.class || raw == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (raw == short.class || raw == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (raw == byte.class || raw == Byte.class) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "a text";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == LocalDate.class) {
            return "a date like 2026-11-12";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "a moment like 2026-11-12T14:30:00Z";
        }
        if (raw == UUID.class) {
            return "an id";
        }
        if (isTemporal(raw)) {
            return "a date or time";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class) {
            return "a whole number";
        }
        if (isNumber(raw)) {
            return "a number";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        return "a value of another kind";
    }

}
