package be.buurtwijzer.plugins.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an instrument's page, one shown at a time, chosen with a plain group of buttons (pressed state
 * announced; no tab widget, which axe flagged). A part that implements {@link Refreshable} reads its data again
 * when it is shown, since another part may have changed it.
 */
public class Sections extends FlexLayout {

    /** A part that reads its data again when it is shown. */
    public interface Refreshable {
        void refresh();
    }

    private final Map<Button, Component> panels = new LinkedHashMap<>();

    public Sections(String label) {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "0.5rem");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
    }

    /** Adds a part: its button here, the part itself to {@code page}; the first part added is shown. */
    public void add(String title, Component panel, com.vaadin.flow.component.HasComponents page) {
        Button button = new Button(title);
        button.addClickListener(e -> show(button));
        panels.put(button, panel);
        add(button);
        page.add(panel);
        if (panels.size() == 1) {
            show(button);
        } else {
            panel.setVisible(false);
        }
    }

    private void show(Button chosen) {
        panels.forEach((button, panel) -> {
            boolean shown = button == chosen;
            panel.setVisible(shown);
            button.getElement().setAttribute("aria-pressed", Boolean.toString(shown));
            if (shown) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                if (panel instanceof Refreshable r) {
                    r.refresh();
                }
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }
}
