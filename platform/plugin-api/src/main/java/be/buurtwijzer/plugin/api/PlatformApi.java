package be.buurtwijzer.plugin.api;

/**
 * The version of this API, by semantic versioning. A plugin states what it needs in its
 * manifest, e.g. {@code Plugin-Requires: >=2.0.0 & <3.0.0}; the platform refuses a plugin whose
 * requirement this version does not meet, and says why.
 * <p>
 * 2.0 took the Vaadin types out: pages and cards moved to the UI contract
 * ({@code be.buurtwijzer.plugin.ui.InstrumentUi}, versioned on its own), {@code Downloads} with them;
 * {@link InstrumentContext#text(String, String)} and {@link Text#pick} were added.
 */
public final class PlatformApi {
    public static final String VERSION = "2.0.0";

    private PlatformApi() {
    }
}
