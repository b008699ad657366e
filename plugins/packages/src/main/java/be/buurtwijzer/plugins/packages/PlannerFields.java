package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugins.packages.domain.Level;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Small pieces the planner's steps share. */
final class PlannerFields {

    private PlannerFields() {
    }

    /** A text area for one of the plan's answers (4000 characters at most). */
    static TextArea area(String label, String value, boolean canEdit) {
        TextArea area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setReadOnly(!canEdit);
        return area;
    }

    /** Decision levels in their order, in the user's language; a dash for none. */
    static String levels(Set<Level> levels, Locale locale) {
        return levels.isEmpty() ? "—" : levels.stream().sorted().map(l -> l.label().in(locale))
                .collect(Collectors.joining(", "));
    }
}
