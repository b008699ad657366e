package be.buurtwijzer.plugin.api.report;

import java.util.List;
import java.util.Map;

/**
 * Other instruments' report fragments, as the platform renders them for this municipality and user (since 1.4).
 * Plugins never read each other's data: they ask the platform, which checks at that moment that the other
 * instrument is on here and that the user may read it.
 */
public interface ReportFragments {

    List<FragmentOffer> offered();

    FragmentResult render(String pluginId, String name, Map<String, String> parameters);

    /** The report templates of the instruments that are on in this municipality (template packs among them). */
    List<OfferedTemplate> templates();
}
