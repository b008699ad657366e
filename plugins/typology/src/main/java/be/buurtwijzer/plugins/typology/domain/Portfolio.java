package be.buurtwijzer.plugins.typology.domain;

import java.util.List;
import java.util.Map;

/**
 * A municipality's (or one neighbourhood's) initiatives by type and scale, the links between them
 * how many initiatives carry each of the three pillars, and the warnings. Keys of the maps are enum names so the document reads well as JSON.
 */
public record Portfolio(int initiatives, int classified, Map<String, Integer> byType,
        Map<String, Map<String, Integer>> byTypeAndScale, Map<String, Integer> pillars, List<Link> links,
        List<Warning> warnings, List<Row> rows) {

    public record Link(String fromId, String fromName, String toId, String toName) {
    }

    /** One initiative as listed in the overview and the CSV. */
    public record Row(String initiativeId, String name, String neighbourhoodId, String type, String scale,
            int links) {
    }
}
