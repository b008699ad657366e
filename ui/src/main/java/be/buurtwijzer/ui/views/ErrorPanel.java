package be.buurtwijzer.ui.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** Stands in for a plugin view or card that failed; the rest of the workspace keeps working. */
public class ErrorPanel extends Div {
    public ErrorPanel(String instrument, String reference) {
        setId("plugin-error-panel");
        getElement().setAttribute("role", "alert");
        getStyle().set("border", "2px solid #b00020").set("border-radius", "8px").set("padding", "1rem")
                .set("color", "#5c0010").set("background", "#fdecef");
        add(new H2(getTranslation("plugin.failed.title", instrument)),
                new Paragraph(getTranslation("plugin.failed.text", reference)));
    }
}
