package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcome categories on offer: the seed's, shipped as data (outcome-categories.json), then the municipality's own. */
public final class OutcomeCategories {

    private static final List<OutcomeCategory> SHIPPED = read();

    private final List<OutcomeCategory> all;

    private OutcomeCategories(List<OutcomeCategory> all) {
        this.all = List.copyOf(all);
    }

    public static OutcomeCategories shipped() {
        return new OutcomeCategories(SHIPPED);
    }

    /** The shipped categories and the municipality's own, which may not take a shipped id. */
    public OutcomeCategories with(List<OutcomeCategory> own) {
        List<OutcomeCategory> joined = new ArrayList<>(all);
        own.stream().filter(c -> find(c.id()).isEmpty()).forEach(joined::add);
        return new OutcomeCategories(joined);
    }

    public List<OutcomeCategory> all() {
        return all;
    }

    public Optional<OutcomeCategory> find(String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static List<OutcomeCategory> read() {
        try (InputStream in = OutcomeCategories.class.getResourceAsStream(
                "/be/buurtwijzer/plugins/logbook/outcome-categories.json"); var reader = Json.createReader(in)) {
            List<OutcomeCategory> categories = new ArrayList<>();
            for (JsonValue value : reader.readObject().getJsonArray("categories")) {
                JsonObject c = value.asJsonObject();
                categories.add(new OutcomeCategory(c.getString("id"), Aspect.valueOf(c.getString("aspect")),
                        text(c), texts(c, "outcomes"), texts(c, "tips"), true));
            }
            return List.copyOf(categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Text text(JsonObject o) {
        return new Text(o.getString("nl"), o.getString("en"));
    }

    private static List<Text> texts(JsonObject o, String key) {
        return o.getJsonArray(key).stream().map(v -> text(v.asJsonObject())).toList();
    }
}
