package be.buurtwijzer.core.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * JSON Schemas (as OpenAPI 3.1 uses them) of the Java types plugins read and answer, by the same
 * rules {@link StrictJson} reads them: whole numbers with their range, enums with their values,
 * dates as {@code format: date}, lists without nulls. Records and classes become named components,
 * so recursive types stay finite.
 */
public final class JsonSchemas {

    private final String prefix;
    private final Map<String, JsonObject> components = new LinkedHashMap<>();

    /** @param prefix put before component names (a plugin id), so two plugins' {@code Input} differ */
    public JsonSchemas(String prefix) {
        this.prefix = prefix;
    }

    public Map<String, JsonObject> components() {
        return components;
    }

    public JsonObject of(Type type) {
        Class<?> raw = JsonTypes.raw(type);
        if (type == null || raw == Object.class || raw.isInterface() && !Collection.class.isAssignableFrom(raw)
                && !Map.class.isAssignableFrom(raw)) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return Json.createObjectBuilder().add("type", "string").build();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Json.createObjectBuilder().add("type", "boolean").build();
        }
        if (raw == int.class || raw == Integer.class) {
            return integer(Integer.MIN_VALUE, Integer.MAX_VALUE, raw.isPrimitive());
        }
        if (raw == long.class || raw == Long.class) {
            return integer(Long.MIN_VALUE, Long.MAX_VALUE, raw.isPrimitive());
        }
        if (raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class) {
            return integer(raw == short.class || raw == Short.class ? Short.MIN_VALUE : Byte.MIN_VALUE,
                    raw == short.class || raw == Short.class ? Short.MAX_VALUE : Byte.MAX_VALUE, raw.isPrimitive());
        }
        if (raw == BigInteger.class) {
            return Json.createObjectBuilder().add("type", "integer").build();
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return Json.createObjectBuilder().add("type", "number").build();
        }
        if (raw.isEnum()) {
            var values = Json.createArrayBuilder();
            Arrays.stream(raw.getEnumConstants()).forEach(c -> values.add(((Enum<?>) c).name()));
            return Json.createObjectBuilder().add("type", "string").add("enum", values).build();
        }
        if (raw == LocalDate.class) {
            return Json.createObjectBuilder().add("type", "string").add("format", "date").build();
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return Json.createObjectBuilder().add("type", "string").add("format", "date-time").build();
        }
        if (raw == UUID.class) {
            return Json.createObjectBuilder().add("type", "string").add("format", "uuid").build();
        }
        if (raw.getName().startsWith("java.time.")) {
            return Json.createObjectBuilder().add("type", "string").build();
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = raw.isArray() ? (type instanceof GenericArrayType g ? g.getGenericComponentType()
                    : raw.getComponentType()) : JsonTypes.argument(type, 0);
            return Json.createObjectBuilder().add("type", "array").add("items", of(element)).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("type", "object").add("additionalProperties", of(JsonTypes.argument(type, 1)))
                    .build();
        }
        if (raw.getName().startsWith("java.") || Modifier.isAbstract(raw.getModifiers())) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        return reference(raw);
    }

    private JsonObject reference(Class<?> raw) {
        String name = prefix + "." + raw.getName().substring(raw.getName().lastIndexOf('.') + 1).replace('$', '.');
        if (!components.containsKey(name)) {
            components.put(name, JsonObject.EMPTY_JSON_OBJECT);
            JsonObjectBuilder properties = Json.createObjectBuilder();
            JsonTypes.properties(raw).forEach((property, type) -> properties.add(property, of(type)));
            components.put(name, Json.createObjectBuilder().add("type", "object").add("properties", properties).build());
        }
        return Json.createObjectBuilder().add("$ref", "#/components/schemas/" + name).build();
    }

    private static JsonObject integer(long min, long max, boolean primitive) {
        return Json.createObjectBuilder().add("type", "integer").add("minimum", min).add("maximum", max)
                .add("format", max > Integer.MAX_VALUE ? "int64" : "int32").build();
    }

}
