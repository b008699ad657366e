package be.buurtwijzer.core.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One shared JSON-B instance (thread-safe) for values the platform stores as JSON text. */
public final class Json {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }
}
