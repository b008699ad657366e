package be.buurtwijzer.plugin.api.report;

import java.util.List;

/** A fragment the user may put in a report now: of an instrument on in this municipality, that they may read. */
public record FragmentOffer(String pluginId, String instrument, String name, String title, String description,
        List<String> parameters) {
}
