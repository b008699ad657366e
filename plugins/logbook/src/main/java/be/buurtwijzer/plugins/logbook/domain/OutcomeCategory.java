package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.List;

/**
 * A kind of outcome a caring neighbourhood can reach, with the outcomes the 133 projects of the toolbox saw and
 * the points to watch. The shipped ones come from Figuur 3; a municipality adds its own ({@code shipped} false).
 */
public record OutcomeCategory(String id, Aspect aspect, Text name, List<Text> outcomes, List<Text> tips, boolean shipped) {

    public OutcomeCategory {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        tips = tips == null ? List.of() : List.copyOf(tips);
    }
}
