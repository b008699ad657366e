package be.buurtwijzer.core.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;

/**
 * The platform's one JSON-B instance (thread-safe; creating one is costly): values stored as JSON text, request
 * bodies the REST API reads, and the replies it writes itself.
 */
public final class Json {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static String write(Object value, Type type) {
        return JSONB.toJson(value, type);
    }

    public static <T> T read(String text, Type type) {
        return JSONB.fromJson(text, type);
    }
}
