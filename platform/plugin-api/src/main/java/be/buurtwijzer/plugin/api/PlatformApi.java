package be.buurtwijzer.plugin.api;

/**
 * The version of this API, by semantic versioning. A plugin states what it needs in its
 * manifest, e.g. {@code Plugin-Requires: >=1.0.0 & <2.0.0}; the platform refuses a plugin whose
 * requirement this version does not meet, and says why.
 */
public final class PlatformApi {
    public static final String VERSION = "1.6.0";

    private PlatformApi() {
    }
}
