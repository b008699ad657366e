package be.buurtwijzer.rest.errors;

import be.buurtwijzer.core.application.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the platform's input records with JSON-B. When JSON-B refuses a body, finds out which
 * field was wrong and why (malformed JSON, a wrong type, an unknown enum value), so that the
 * answer names the field instead of just saying "bad request".
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("be.buurtwijzer.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String body = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        if (body.isBlank()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        try {
            return JSONB.fromJson(body, genericType);
        } catch (JsonbException e) {
            throw diagnose(body, type);
        }
    }

    private static InvalidInputException diagnose(String body, Class<?> type) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            return InvalidInputException.of("body", "is not well-formed JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (RuntimeException e) {
            return InvalidInputException.of("body", "is not well-formed JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return InvalidInputException.of("body", "must be a JSON object");
        }
        InvalidInputException found = findField(value.asJsonObject(), type, "");
        return found != null ? found : InvalidInputException.of("body", "could not be read for this request");
    }

    private static InvalidInputException findField(JsonObject object, Class<?> type, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = object.get(component.getName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            String field = prefix + component.getName();
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && value.getValueType() == JsonValue.ValueType.OBJECT) {
                InvalidInputException nested = findField(value.asJsonObject(), componentType, field + ".");
                if (nested != null) {
                    return nested;
                }
            }
            try {
                JSONB.fromJson(value.toString(), component.getGenericType());
            } catch (JsonbException e) {
                return InvalidInputException.of(field, reason(value, component.getGenericType()));
            }
        }
        return null;
    }

    private static String reason(JsonValue value, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isEnum()) {
            return "unknown value " + value + "; allowed: " + Arrays.stream(raw.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        String expected;
        if (raw == String.class) {
            expected = "a text";
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            expected = "a number";
        } else if (Iterable.class.isAssignableFrom(raw)) {
            expected = "a list" + (type instanceof ParameterizedType p ? " of " + describe(p.getActualTypeArguments()[0]) : "");
        } else {
            expected = "an object";
        }
        return "must be " + expected + ", not " + value;
    }

    private static String describe(Type type) {
        if (type instanceof Class<?> c && c.isEnum()) {
            return "values of " + Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
        }
        return type == String.class ? "texts" : "values";
    }
}
