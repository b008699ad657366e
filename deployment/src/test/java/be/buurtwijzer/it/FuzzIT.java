package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests derived from the OpenAPI documents (the platform's and the instruments'): for every
 * endpoint and every instrument operation, bodies generated from the published schema, valid and
 * broken in the ways clients break them (wrong types, numbers out of range, null in lists, control
 * characters, duplicate keys, trailing content, deep nesting, huge text). Whatever arrives: no 500,
 * every refusal a problem+json without Java class names, and afterwards every stored document still
 * readable. Seeded: {@code -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.requests=…} sets its size.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static final long SEED = Long.getLong("fuzz.seed", System.currentTimeMillis());
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|com\\.ibm|org\\.eclipse|"
            + "be\\.buurtwijzer)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*(Exception|Error)?");
    private static final Pattern CONTROL_IN_PATH = Pattern.compile("%(0[0-9A-Fa-f]|1[0-9A-Fa-f]|7[Ff])");
    private static final List<String> HOSTILE = List.of("", " ", "\u0000", "\u202egpj.exe", "a\u200bb", "=1+1",
            "<script>alert(1)</script>", "'; DROP TABLE tenant; --", "../../etc/passwd", "%00", "\ud800",
            "x".repeat(70_000), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "null", "true", "12");

    private record Endpoint(String method, String path, JsonObject schema, Map<String, JsonObject> components) {
    }

    private final Random random = new Random(SEED);
    private final List<String> knownIds = new ArrayList<>();

    @Test
    void everyEndpointAndOperationSurvivesGeneratedBodies() {
        Municipality m = Municipality.fresh("fuzz");
        for (String plugin : List.of("logbook", "typology", "spiderweb", "activity-packages", "volunteers")) {
            m.subscribe(plugin);
        }
        knownIds.add(m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Centrum\",\"kind\":\"LIVED\"}").json()
                .getString("id"));
        knownIds.add(m.asAdmin("POST", "actors", "{\"name\":\"Buurthuis\",\"kind\":\"ASSOCIATION\",\"sector\":\"WELFARE\"}")
                .json().getString("id"));
        knownIds.add(m.asAdmin("POST", "initiatives", "{\"name\":\"Buurtsoep\",\"status\":\"RUNNING\"}").json()
                .getString("id"));
        knownIds.add(m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"name\":\"Web\"}").json()
                .getString("id"));

        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(endpoints(document(Api.send(null, null, "GET", "/openapi?format=JSON", null).body())));
        Api.Reply instruments = m.asAdmin("GET", "/api/v1/openapi/instruments", null);
        assertEquals(200, instruments.status(), instruments.toString());
        endpoints.addAll(endpoints(instruments.json()));
        JsonObject webInput = instruments.json().getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("spiderweb.Payloads.WebInput");
        assertTrue(webInput != null && webInput.getJsonObject("properties").containsKey("placements")
                && endpoints.stream().anyMatch(e -> e.path().endsWith("/spiderweb/operations/save-web")
                        && e.schema().toString().contains("spiderweb.Payloads.WebInput")),
                "operation schemas are published: " + instruments.body().substring(0, 500));

        int unreadableBefore = unreadable();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String path = fill(endpoint.path(), m.slug());
            String body = endpoint.schema() == null ? null : body(endpoint);
            Api.Reply reply = Api.send(m.admin(), m.adminPassword(), endpoint.method(), path, body);
            String problem = check(reply, path);
            if (problem != null && failures.size() < 20) {
                failures.add(problem + " ← " + endpoint.method() + " " + path + " "
                        + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
            }
        }
        assertEquals(List.of(), failures, "seed " + SEED + " (-Dfuzz.seed=" + SEED + " repeats this run)");

        // nothing unreadable was stored: every list still reads, and no instrument skipped a document
        for (String plugin : List.of("logbook", "typology", "spiderweb", "activity-packages", "volunteers")) {
            m.asAdmin("POST", "instruments/" + plugin + "/subscription", null);
            JsonObject subscription = m.subscription(plugin);
            if (!subscription.getBoolean("enabled")) {
                m.asAdmin("PUT", "instruments/" + plugin + "/subscription", Json.createObjectBuilder()
                        .add("enabled", true).add("version", subscription.getJsonNumber("version")).build());
            }
        }
        for (String read : List.of("instruments/spiderweb/operations/webs", "instruments/activity-packages/operations/plans",
                "instruments/typology/operations/portfolio", "instruments/logbook/operations/summary",
                "instruments/volunteers/operations/volunteers", "instruments/volunteers/operations/policy")) {
            Api.Reply list = m.asAdmin("POST", read, "{}");
            assertEquals(200, list.status(), read + ": " + list);
        }
        for (String list : List.of("neighbourhoods?size=200", "actors?size=200", "initiatives?size=200", "members",
                "audit?size=200")) {
            assertEquals(200, m.asAdmin("GET", list, null).status(), list);
        }
        assertTrue(unreadable() <= unreadableBefore, "no stored document became unreadable");
    }

    /** How many documents the instruments could not read so far (they report each in their health). */
    private static int unreadable() {
        String health = Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/plugins").body();
        return health.split("does not fit the instrument", -1).length - 1;
    }

    /**
     * Null when the answer is acceptable, else what is wrong with it. A path with an encoded control
     * character is refused by the servlet container itself (Servlet 6 URI rules), before the product
     * sees it: a 400 of the container's, which must still name no Java class.
     */
    private static String check(Api.Reply reply, String path) {
        if (reply.status() >= 500) {
            return reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length()));
        }
        boolean containerRefusal = reply.status() == 400 && CONTROL_IN_PATH.matcher(path.split("\\?")[0]).find();
        if (reply.status() >= 400 && reply.status() != 401 && !reply.isProblem() && !containerRefusal) {
            return reply.status() + " without problem+json: " + reply.contentType();
        }
        if (reply.status() >= 400 && CLASS_NAME.matcher(reply.body()).find()) {
            return "a Java class name in " + reply.body();
        }
        return null;
    }

    private static JsonObject document(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<Endpoint> endpoints(JsonObject document) {
        Map<String, JsonObject> components = new java.util.HashMap<>();
        JsonObject schemas = document.getJsonObject("components") == null ? null
                : document.getJsonObject("components").getJsonObject("schemas");
        if (schemas != null) {
            schemas.forEach((name, schema) -> components.put(name, schema.asJsonObject()));
        }
        List<Endpoint> endpoints = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!List.of("get", "post", "put", "delete").contains(method) || skipped(path)) {
                return;
            }
            JsonObject schema = null;
            JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
            if (body != null && body.getJsonObject("content") != null
                    && body.getJsonObject("content").getJsonObject("application/json") != null) {
                schema = body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
            }
            String full = path.startsWith("/api") ? path : "/api" + path;
            endpoints.add(new Endpoint(method.toUpperCase(), full, schema == null && !method.equals("get")
                    && !method.equals("delete") ? JsonValue.EMPTY_JSON_OBJECT : schema, components));
        }));
        return endpoints;
    }

    /** Left out: what would lock the fuzzing account out or is not JSON (password, jar upload, config re-apply). */
    private static boolean skipped(String path) {
        return path.contains("password") || path.endsWith("publisher/releases") || path.contains("tenant-config");
    }

    private String fill(String template, String slug) {
        String path = template.replace("{tenant}", slug).replace("{slug}", slug);
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            String value = switch (random.nextInt(4)) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> knownIds.get(random.nextInt(knownIds.size()));
                case 2 -> name.equals("plugin") ? List.of("spiderweb", "typology", "logbook", "x").get(random.nextInt(4))
                        : "not-" + name;
                default -> java.net.URLEncoder.encode(HOSTILE.get(random.nextInt(HOSTILE.size() - 5)),
                        java.nio.charset.StandardCharsets.UTF_8);
            };
            path = path.substring(0, start) + (value.isEmpty() ? "x" : value) + path.substring(end + 1);
        }
        if (random.nextInt(5) == 0) {
            path += (path.contains("?") ? "&" : "?") + List.of("size=100000", "page=-1", "sort=%00", "q=%E2%80%AE",
                    "webId=" + knownIds.get(3), "planId=x", "from=yesterday").get(random.nextInt(7));
        }
        return path;
    }

    private String body(Endpoint endpoint) {
        JsonValue valid = value(endpoint.schema(), endpoint.components(), 0);
        return switch (random.nextInt(10)) {
            case 0 -> valid.toString() + List.of(" x", "{}", "]", " // comment").get(random.nextInt(4));
            case 1 -> duplicateKey(valid.toString());
            case 2 -> List.of("", "{", "[]", "null", "12", "\"text\"", "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}")
                    .get(random.nextInt(7));
            case 3, 4 -> mutate(valid).toString();
            default -> valid.toString();
        };
    }

    private static String duplicateKey(String json) {
        return json.startsWith("{\"") ? "{\"name\":\"a\"," + json.substring(1).replaceFirst("^\"name\":", "\"name\":") : json;
    }

    /** One field of the document replaced by something of the wrong kind or out of range. */
    private JsonValue mutate(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT || value.asJsonObject().isEmpty()) {
            return strange();
        }
        JsonObject object = value.asJsonObject();
        List<String> keys = new ArrayList<>(object.keySet());
        JsonObjectBuilder out = Json.createObjectBuilder(object);
        out.add(keys.get(random.nextInt(keys.size())), strange());
        return out.build();
    }

    private JsonValue strange() {
        return switch (random.nextInt(12)) {
            case 0 -> Json.createValue(new java.math.BigDecimal("9223372036854775808"));
            case 1 -> Json.createValue(new java.math.BigDecimal("1e29"));
            case 2 -> Json.createValue(new java.math.BigDecimal("-1e2000"));
            case 3 -> Json.createValue("yes");
            case 4 -> JsonValue.TRUE;
            case 5 -> Json.createArrayBuilder().add(JsonValue.NULL).add("x").build();
            case 6 -> Json.createValue(HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 7 -> Json.createObjectBuilder().add("\u202e", 1).build();
            case 8 -> JsonValue.NULL;
            case 9 -> Json.createValue(-1);
            case 10 -> Json.createValue(1.5);
            default -> Json.createArrayBuilder().build();
        };
    }

    /** A value that fits the schema, with random choices; text sometimes hostile but allowed. */
    private JsonValue value(JsonObject schema, Map<String, JsonObject> components, int depth) {
        if (schema == null || depth > 6) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return value(components.get(name), components, depth + 1);
        }
        if (schema.containsKey("enum")) {
            var values = schema.getJsonArray("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.STRING
                ? schema.getString("type") : schema.containsKey("properties") ? "object" : "";
        return switch (type) {
            case "string" -> Json.createValue("date".equals(schema.getString("format", "")) ? "2026-11-12"
                    : "date-time".equals(schema.getString("format", "")) ? "2026-11-12T10:00:00Z"
                    : random.nextInt(3) == 0 ? knownIds.get(random.nextInt(knownIds.size()))
                    : List.of("Buurtsoep", "Café Élise", "Straat 't Hoekje", "x", "Naam " + random.nextInt(1000))
                            .get(random.nextInt(5)));
            case "integer" -> Json.createValue(random.nextInt(6));
            case "number" -> Json.createValue(random.nextDouble() * 5);
            case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case "array" -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    array.add(value(schema.getJsonObject("items"), components, depth + 1));
                }
                yield array.build();
            }
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((name, property) -> {
                        if (random.nextInt(4) != 0) {
                            object.add(name, value(property.asJsonObject(), components, depth + 1));
                        }
                    });
                }
                yield object.build();
            }
            default -> Json.createValue("x");
        };
    }
}
