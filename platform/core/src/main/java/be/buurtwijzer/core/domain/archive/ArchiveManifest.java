package be.buurtwijzer.core.domain.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an archive holds: its format and platform version, when and from which municipality it was
 * made, every entry with its checksum, size and rows, and every plugin whose data it carries.
 */
public record ArchiveManifest(int formatVersion, String platformVersion, Instant createdAt, String sourceSlug,
        String sourceName, List<Entry> entries, List<PluginData> plugins) {

    public ArchiveManifest {
        entries = List.copyOf(entries);
        plugins = List.copyOf(plugins);
    }

    /** One entry of the archive: its name, SHA-256 (hex), size in bytes and number of rows (lines). */
    public record Entry(String name, String sha256, long size, long rows) {
    }

    /**
     * One plugin's data: the version installed when the archive was made (null when it was no
     * longer installed), the highest schema version of its records, and how many records it had.
     */
    public record PluginData(String pluginId, String version, int schemaVersion, long records) {
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public long rows(String name) {
        return entry(name).map(Entry::rows).orElse(0L);
    }

    public JsonObject toJson() {
        JsonArrayBuilder entryArray = Json.createArrayBuilder();
        entries.forEach(e -> entryArray.add(Json.createObjectBuilder().add("name", e.name()).add("sha256", e.sha256())
                .add("size", e.size()).add("rows", e.rows())));
        JsonArrayBuilder pluginArray = Json.createArrayBuilder();
        plugins.forEach(p -> {
            var plugin = Json.createObjectBuilder().add("id", p.pluginId());
            if (p.version() == null) {
                plugin.addNull("version");
            } else {
                plugin.add("version", p.version());
            }
            pluginArray.add(plugin.add("schemaVersion", p.schemaVersion()).add("records", p.records()));
        });
        return Json.createObjectBuilder()
                .add("format", "buurtwijzer-municipality-archive")
                .add("formatVersion", formatVersion)
                .add("platformVersion", platformVersion)
                .add("createdAt", createdAt.toString())
                .add("source", Json.createObjectBuilder().add("slug", sourceSlug).add("name", sourceName))
                .add("entries", entryArray)
                .add("plugins", pluginArray)
                .build();
    }

    /** Reads a manifest; anything missing or of the wrong type is an {@link ArchiveException} ("manifest"). */
    public static ArchiveManifest fromJson(JsonObject json) {
        try {
            if (!"buurtwijzer-municipality-archive".equals(json.getString("format", null))) {
                throw new ArchiveException("manifest", "This is not a Buurtwijzer municipality archive.");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("entries")) {
                JsonObject e = value.asJsonObject();
                entries.add(new Entry(e.getString("name"), e.getString("sha256"), e.getJsonNumber("size").longValueExact(),
                        e.getJsonNumber("rows").longValueExact()));
            }
            List<PluginData> plugins = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("plugins")) {
                JsonObject p = value.asJsonObject();
                plugins.add(new PluginData(p.getString("id"), p.isNull("version") ? null : p.getString("version"),
                        p.getInt("schemaVersion"), p.getJsonNumber("records").longValueExact()));
            }
            JsonObject source = json.getJsonObject("source");
            return new ArchiveManifest(json.getInt("formatVersion"), json.getString("platformVersion"),
                    Instant.parse(json.getString("createdAt")), source.getString("slug"), source.getString("name"),
                    entries, plugins);
        } catch (ArchiveException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArchiveException("manifest", "The archive's manifest is incomplete or damaged.");
        }
    }
}
