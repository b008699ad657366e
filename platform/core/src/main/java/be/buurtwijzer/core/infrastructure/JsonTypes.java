package be.buurtwijzer.core.infrastructure;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How JSON-B sees a Java type: its properties (record components or fields, with their JSON-B
 * names) and the raw class behind a generic type. One place for the strict reader and the schemas,
 * so what is published and what is accepted cannot drift apart.
 */
final class JsonTypes {

    private JsonTypes() {
    }

    static Map<String, Type> properties(Class<?> raw) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonbProperty named = component.getAnnotation(JsonbProperty.class);
                if (component.getAnnotation(JsonbTransient.class) == null) {
                    properties.put(named != null && !named.value().isEmpty() ? named.value() : component.getName(),
                            component.getGenericType());
                }
            }
            return properties;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.getAnnotation(JsonbTransient.class) != null) {
                    continue;
                }
                JsonbProperty named = field.getAnnotation(JsonbProperty.class);
                properties.putIfAbsent(named != null && !named.value().isEmpty() ? named.value() : field.getName(),
                        field.getGenericType());
            }
        }
        return properties;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
