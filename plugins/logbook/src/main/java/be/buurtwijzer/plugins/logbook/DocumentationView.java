package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documentation page, in the order the seed gives (fiche L): the baseline, the theory of change, recording
 * numbers and stories, and reports. One part is shown at a time (a plain button group, no tab widget).
 */
public class DocumentationView extends VerticalLayout {

    final FlexLayout sections = new FlexLayout();
    private final Map<Button, Component> panels = new LinkedHashMap<>();
    private final InstrumentContext context;

    public DocumentationView(InstrumentContext context) {
        this.context = context;
        add(new H2(context.text(LogbookInstrument.NAME)), new Paragraph(context.text(new Text("Documenteren gaat niet "
                + "over óf je iets bijhoudt, maar over wát: leg de buurt vast zoals ze was, houd je veranderingstheorie "
                + "bij de hand en laat haar indicatoren zeggen wat je noteert. Rapporteren wordt dan samenleggen.",
                "Documenting is not about whether you record, but about what: record the neighbourhood as it was, keep "
                        + "your theory of change at hand and let its indicators say what to record. Reporting then "
                        + "becomes assembling."))));
        sections.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sections.getStyle().set("gap", "0.5rem");
        sections.getElement().setAttribute("role", "group");
        sections.getElement().setAttribute("aria-label", context.text(new Text("Onderdelen", "Sections")));
        add(sections);
        LogbookView log = new LogbookView(context);
        section(new Text("Logboek", "Progress log"), log);
        section(new Text("Beginsituatie", "Baseline"), new BaselinePanel(context));
        TheoryPanel theory = new TheoryPanel(context);
        section(new Text("Veranderingstheorie", "Theory of change"), theory);
        section(new Text("Metingen", "Measurements"), new MeasurementPanel(context));
        section(new Text("Verslagen", "Reports"), new ReportPanel(context));
        show(panels.keySet().iterator().next());
    }

    private void section(Text title, Component panel) {
        Button button = new Button(context.text(title));
        button.addClickListener(e -> show(button));
        panels.put(button, panel);
        sections.add(button);
        add(panel);
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

    /** A panel that reads its data again when it is shown (another panel may have changed it). */
    interface Refreshable {
        void refresh();
    }
}
