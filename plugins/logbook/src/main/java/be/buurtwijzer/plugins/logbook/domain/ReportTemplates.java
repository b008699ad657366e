package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report templates in their documented JSON form (README, "Report templates"): the shipped ones
 * (report-templates.json) and those template packs offer. A template that does not follow the form is refused
 * with what is wrong, never half read.
 */
public final class ReportTemplates {

    public static final String SHIPPED_ORIGIN = "logbook";
    private static final List<ReportTemplate> SHIPPED = shippedFromResource();

    private ReportTemplates() {
    }

    public static List<ReportTemplate> shipped() {
        return SHIPPED;
    }

    private static List<ReportTemplate> shippedFromResource() {
        try (InputStream in = ReportTemplates.class.getResourceAsStream(
                "/be/buurtwijzer/plugins/logbook/report-templates.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (var reader = Json.createReader(new StringReader(json))) {
                return reader.readObject().getJsonArray("templates").stream()
                        .map(v -> template(v.asJsonObject(), SHIPPED_ORIGIN)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One template from its JSON; throws IllegalArgumentException saying what is wrong. */
    public static ReportTemplate parse(String json, String origin) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return template(reader.readObject(), origin);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a report template: " + e.getMessage(), e);
        }
    }

    private static ReportTemplate template(JsonObject t, String origin) {
        String id = t.getString("id", "");
        if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || id.length() > 64) {
            throw new IllegalArgumentException("id: lower-case words joined by hyphens, 64 characters at most");
        }
        int version = t.getInt("version", 0);
        if (version < 1) {
            throw new IllegalArgumentException("version: a whole number from 1");
        }
        List<ReportTemplate.Section> sections = new ArrayList<>();
        JsonValue list = t.get("sections");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()
                || list.asJsonArray().size() > 40) {
            throw new IllegalArgumentException("sections: 1 to 40 sections");
        }
        for (JsonValue v : list.asJsonArray()) {
            sections.add(section(v.asJsonObject()));
        }
        return new ReportTemplate(id, version, text(t, "name", true), text(t, "audience", false), sections, origin,
                t.toString());
    }

    private static ReportTemplate.Section section(JsonObject s) {
        SectionKind kind;
        try {
            kind = SectionKind.valueOf(s.getString("kind", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sections: kind is one of TEXT, BASELINE, THEORY, INDICATORS, STORIES, "
                    + "FRAGMENT");
        }
        String plugin = s.getString("plugin", null);
        String fragment = s.getString("fragment", null);
        if (kind == SectionKind.FRAGMENT && (plugin == null || fragment == null)) {
            throw new IllegalArgumentException("sections: a FRAGMENT section names its plugin and fragment");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonObject given = s.getJsonObject("parameters");
        if (given != null) {
            given.forEach((k, v) -> parameters.put(k, v.getValueType() == JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        }
        Integer max = s.containsKey("maxStories") ? s.getInt("maxStories") : null;
        if (max != null && (max < 1 || max > 50)) {
            throw new IllegalArgumentException("sections: maxStories lies between 1 and 50");
        }
        return new ReportTemplate.Section(kind, text(s, "title", true), text(s, "guidance", false), plugin, fragment,
                parameters, max);
    }

    private static Text text(JsonObject o, String key, boolean required) {
        JsonObject t = o.getJsonObject(key);
        if (t == null) {
            if (required) {
                throw new IllegalArgumentException(key + ": is required, as {\"nl\": …, \"en\": …}");
            }
            return null;
        }
        String nl = t.getString("nl", "");
        if (nl.isBlank() || nl.length() > 500) {
            throw new IllegalArgumentException(key + ": needs a Dutch text of 500 characters at most");
        }
        return new Text(nl, t.getString("en", nl));
    }
}
