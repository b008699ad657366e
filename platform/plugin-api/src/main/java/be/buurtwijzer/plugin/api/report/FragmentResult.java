package be.buurtwijzer.plugin.api.report;

/**
 * What the platform gives back for a fragment: the fragment, or why it was left out (the instrument is off in
 * this municipality, the user may not read it, it failed), in the user's language, to show in its place.
 */
public record FragmentResult(String pluginId, String name, String instrument, ReportFragment fragment, String omitted) {

    public static FragmentResult rendered(String pluginId, String name, String instrument, ReportFragment fragment) {
        return new FragmentResult(pluginId, name, instrument, fragment, null);
    }

    public static FragmentResult omitted(String pluginId, String name, String instrument, String why) {
        return new FragmentResult(pluginId, name, instrument, null, why);
    }

    public boolean isOmitted() {
        return fragment == null;
    }
}
