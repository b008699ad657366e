package be.buurtwijzer.core.domain.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the plugins installed here can take an archive's data: each plugin the archive carries
 * data or a subscription of must be installed, at a version whose data schema is at least the
 * archive's (older records are migrated on import, newer ones cannot be read).
 */
public final class PluginRequirements {

    /** What an installed plugin offers: its version and data schema version. */
    public record Installed(String version, int schemaVersion) {
    }

    private PluginRequirements() {
    }

    /** One line per plugin that cannot take its data; empty when all can. */
    public static List<String> problems(List<ArchiveManifest.PluginData> needed, Map<String, Installed> installed) {
        List<String> problems = new ArrayList<>();
        for (ArchiveManifest.PluginData plugin : needed) {
            Installed here = installed.get(plugin.pluginId());
            String from = plugin.version() == null ? "" : " " + plugin.version();
            if (here == null) {
                problems.add(plugin.pluginId() + from + " is not installed");
            } else if (here.schemaVersion() < plugin.schemaVersion()) {
                problems.add(plugin.pluginId() + from + " needs data schema " + plugin.schemaVersion()
                        + "; the installed version " + here.version() + " has schema " + here.schemaVersion());
            }
        }
        return problems;
    }
}
