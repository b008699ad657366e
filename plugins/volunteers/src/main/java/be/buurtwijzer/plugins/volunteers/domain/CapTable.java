package be.buurtwijzer.plugins.volunteers.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The caps per calendar year: the years shipped with the plugin as data (allowance-caps.json), and those a
 * platform administrator adds or corrects later, which win.
 */
public final class CapTable {

    private final Map<Integer, CapYear> years;

    private CapTable(Map<Integer, CapYear> years) {
        this.years = years;
    }

    public static CapTable shipped() {
        try (InputStream in = CapTable.class.getResourceAsStream("/be/buurtwijzer/plugins/volunteers/allowance-caps.json")) {
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code {"years": [{"year", "perDay", "perYear", "increasedPerYear"?, "transportKmPerYear"?, "source"}]}}. */
    public static CapTable parse(String json) {
        Map<Integer, CapYear> years = new TreeMap<>();
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            for (JsonValue value : reader.readObject().getJsonArray("years")) {
                CapYear year = year(value.asJsonObject());
                years.put(year.year(), year);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the allowance caps are not readable: " + e.getMessage(), e);
        }
        return new CapTable(years);
    }

    private static CapYear year(JsonObject o) {
        return new CapYear(o.getInt("year"), amount(o, "perDay"), amount(o, "perYear"), amount(o, "increasedPerYear"),
                o.containsKey("transportKmPerYear") && !o.isNull("transportKmPerYear") ? o.getInt("transportKmPerYear")
                        : null, o.getString("source", null));
    }

    private static BigDecimal amount(JsonObject o, String key) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        JsonValue value = o.get(key);
        return value instanceof JsonNumber number ? number.bigDecimalValue() : new BigDecimal(o.getString(key));
    }

    /** This table with the other's years added, the other's winning where both have a year. */
    public CapTable with(CapTable later) {
        Map<Integer, CapYear> merged = new TreeMap<>(years);
        merged.putAll(later.years);
        return new CapTable(merged);
    }

    public Optional<CapYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public List<CapYear> years() {
        return List.copyOf(years.values());
    }
}
