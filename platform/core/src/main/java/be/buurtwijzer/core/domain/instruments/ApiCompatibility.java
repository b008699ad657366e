package be.buurtwijzer.core.domain.instruments;

import com.github.zafarkhaja.semver.Version;

/**
 * Whether this platform can run a plugin: the core contract's range ({@code Plugin-Requires}) against
 * the platform API, and the UI contract's range ({@code Plugin-Requires-UI}) against the UI API. A
 * missing or {@code *} range accepts any version, as PF4J reads {@code Plugin-Requires}.
 */
public record ApiCompatibility(String platformApi, String uiApi) {

    /** Why a plugin cannot run here: the manifest entry, the range it states and a sentence. */
    public record Refusal(String entry, String range, String reason) {
    }

    /** Null if the plugin can run here. */
    public Refusal refusal(PluginManifest manifest) {
        Refusal core = refusal("Plugin-Requires", "platform API", manifest.requires(), platformApi);
        return core != null ? core : refusal("Plugin-Requires-UI", "UI API", manifest.requiresUi(), uiApi);
    }

    private static Refusal refusal(String entry, String contract, String range, String offered) {
        if (range == null || range.isBlank() || "*".equals(range.trim())) {
            return null;
        }
        try {
            return Version.parse(offered).satisfies(range.trim()) ? null : new Refusal(entry, range,
                    "it requires " + contract + " " + range.trim() + ", this platform offers " + offered);
        } catch (RuntimeException e) {
            return new Refusal(entry, range, "its " + entry + " '" + range + "' cannot be read: " + e.getMessage());
        }
    }
}
