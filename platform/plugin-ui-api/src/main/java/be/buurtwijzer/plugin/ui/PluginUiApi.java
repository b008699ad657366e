package be.buurtwijzer.plugin.ui;

/**
 * The version of the UI contract, by semantic versioning, apart from the core contract's
 * {@link be.buurtwijzer.plugin.api.PlatformApi#VERSION}: a Vaadin upgrade that changes the types a
 * view is built from raises this one only. A plugin with an {@link InstrumentUi} states what it needs
 * in its manifest, e.g. {@code Plugin-Requires-UI: >=1.0.0 & <2.0.0}; the platform refuses a plugin
 * whose requirement this version does not meet, at upload and at start, and says why.
 */
public final class PluginUiApi {
    public static final String VERSION = "1.0.0";

    /** The manifest entry that holds a plugin's range of this contract. */
    public static final String MANIFEST_ENTRY = "Plugin-Requires-UI";

    private PluginUiApi() {
    }
}
