package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.support.Sections;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The documentation page, in the order the seed gives (fiche L): the baseline, the theory of change, recording
 * numbers and stories, and reports, one at a time ({@link Sections}).
 */
public class DocumentationView extends VerticalLayout {

    final Sections sections;

    public DocumentationView(InstrumentContext context) {
        sections = new Sections(context.text("Onderdelen", "Sections"));
        // the host page shows the instrument's name as the heading
        add(new Paragraph(context.text("Documenteren gaat niet "
                + "over óf je iets bijhoudt, maar over wát: leg de buurt vast zoals ze was, houd je veranderingstheorie "
                + "bij de hand en laat haar indicatoren zeggen wat je noteert. Rapporteren wordt dan samenleggen.",
                "Documenting is not about whether you record, but about what: record the neighbourhood as it was, keep "
                        + "your theory of change at hand and let its indicators say what to record. Reporting then "
                        + "becomes assembling.")));
        add(sections);
        sections.add(context.text("Logboek", "Progress log"), new LogbookView(context), this);
        sections.add(context.text("Beginsituatie", "Baseline"), new BaselinePanel(context), this);
        sections.add(context.text("Veranderingstheorie", "Theory of change"), new TheoryPanel(context), this);
        sections.add(context.text("Metingen", "Measurements"), new MeasurementPanel(context), this);
        sections.add(context.text("Verslagen", "Reports"), new ReportPanel(context), this);
    }
}
