package be.buurtwijzer.tenantconfig.application;

import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.InitiativeService;
import be.buurtwijzer.core.application.register.NeighbourhoodService;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.tenantconfig.domain.InstrumentSeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a municipality's instrument seeds through the instruments' own operations (so their rules hold). */
@ApplicationScoped
public class InstrumentSeeder {

    private static final Caller SYSTEM = Caller.system("tenant-config");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(initiative|actor|neighbourhood|result):([^}]+)}");
    /** A result that is a whole JSON string ({@code "${result:web.version}"}) becomes the value itself (a number). */
    private static final Pattern WHOLE_RESULT = Pattern.compile("\"\\$\\{result:([^}]+)}\"");

    @Inject
    InstrumentCalls instruments;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    ActorService actors;

    @Inject
    InitiativeService initiatives;

    /** Called after every seed that ran: the index of the next one and every named result so far. */
    public interface AfterEachSeed {
        /** @return whether to go on with the next seed */
        boolean ran(int next, JsonObject results);
    }

    /**
     * Runs the seeds from {@code from} on, with the named results of the ones before it.
     *
     * @return the changes made; a seed that fails, or an {@link AfterEachSeed} that answers no, stops the remaining
     *         seeds of that municipality
     */
    public List<String> run(String slug, List<InstrumentSeed> seeds, int from, JsonObject resultsBefore,
            AfterEachSeed after) {
        Map<String, JsonObject> results = new HashMap<>();
        resultsBefore.forEach((name, value) -> {
            if (value instanceof JsonObject object) {
                results.put(name, object);
            }
        });
        List<String> changes = new java.util.ArrayList<>();
        for (int i = from; i < seeds.size(); i++) {
            InstrumentSeed seed = seeds.get(i);
            String body = resolve(slug, seed.body() == null ? "{}" : seed.body().toString(), results);
            String answer = instruments.operation(SYSTEM, slug, seed.instrument(), seed.operation(), body);
            if (seed.as() != null) {
                JsonValue value = Json.createReader(new StringReader(answer)).readValue();
                if (value instanceof JsonObject object) {
                    results.put(seed.as(), object);
                }
            }
            changes.add("ran " + seed.instrument() + "/" + seed.operation());
            JsonObjectBuilder all = Json.createObjectBuilder();
            results.forEach(all::add);
            if (!after.ran(i + 1, all.build())) {
                break;
            }
        }
        return changes;
    }

    private String resolve(String slug, String body, Map<String, JsonObject> results) {
        Matcher whole = WHOLE_RESULT.matcher(body);
        StringBuilder raw = new StringBuilder();
        while (whole.find()) {
            JsonValue value = value(results, whole.group(1));
            if (value == null) {
                throw new IllegalArgumentException("instrumentData: no result '" + whole.group(1) + "'");
            }
            whole.appendReplacement(raw, Matcher.quoteReplacement(value.toString()));
        }
        whole.appendTail(raw);
        body = raw.toString();
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String id = switch (m.group(1)) {
                case "initiative" -> initiatives.idByName(SYSTEM, slug, name).orElse(null);
                case "actor" -> actors.idByName(SYSTEM, slug, name).orElse(null);
                case "neighbourhood" -> neighbourhoods.idByName(SYSTEM, slug, name).orElse(null);
                default -> result(results, name);
            };
            if (id == null) {
                throw new IllegalArgumentException("instrumentData: no " + m.group(1) + " '" + name + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String result(Map<String, JsonObject> results, String path) {
        JsonValue value = value(results, path);
        return value == null ? null : value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
    }

    private static JsonValue value(Map<String, JsonObject> results, String path) {
        int dot = path.indexOf('.');
        JsonObject object = dot < 0 ? null : results.get(path.substring(0, dot));
        return object == null ? null : object.get(path.substring(dot + 1));
    }
}
