package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Map;

/**
 * A report's shape for one audience (a manager, the council, a funder, other neighbourhoods): sections of free
 * text, the baseline, the theory of change, indicators, stories, or another instrument's fragment. Versioned: a
 * report says which template version it used.
 *
 * @param origin who offers it: "logbook" for the shipped ones, else the plugin id of the template pack
 * @param json the template as written, so that a report keeps the version it used after an upgrade
 */
public record ReportTemplate(String id, int version, Text name, Text audience, List<Section> sections, String origin,
        String json) {

    public ReportTemplate {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * @param plugin for a fragment: the instrument that offers it
     * @param fragment for a fragment: its name
     * @param maxStories for stories: how many at most (a one-page story for the council takes one)
     */
    public record Section(SectionKind kind, Text title, Text guidance, String plugin, String fragment,
            Map<String, String> parameters, Integer maxStories) {

        public Section {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }
}
