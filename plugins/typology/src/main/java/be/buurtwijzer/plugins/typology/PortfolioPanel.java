package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.support.DownloadLink;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Pillar;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import be.buurtwijzer.plugins.typology.domain.Warning;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A portfolio of initiatives (seed 001): how many of each type at each scale, the three pillars, the seed's
 * warnings and advice, and the overview as a picture with its downloads.
 */
final class PortfolioPanel extends VerticalLayout {

    private final InstrumentContext context;

    PortfolioPanel(InstrumentContext context) {
        this.context = context;
    }

    /**
     * @param neighbourhoodId the neighbourhood the portfolio is of, null for the whole municipality
     * @param of the name of that neighbourhood, or of the municipality
     */
    void show(Portfolio portfolio, String neighbourhoodId, String of) {
        removeAll();
        setPadding(false);
        Grid<InitiativeType> matrix = new Grid<>();
        matrix.addColumn(type -> type.label().in(context.locale()) + " (" + portfolio.byType().get(type.name()) + ")")
                .setHeader(context.text("Type", "Type")).setFlexGrow(2);
        for (Scale scale : Scale.values()) {
            matrix.addColumn(type -> portfolio.byTypeAndScale().get(type.name()).get(scale.name()))
                    .setHeader(scale.label().in(context.locale()));
        }
        matrix.setItems(InitiativeType.values());
        matrix.setAllRowsVisible(true);
        matrix.getElement().setAttribute("aria-label", context.text("Initiatieven per type en schaal",
                "Initiatives by type and scale"));
        UnorderedList warnings = new UnorderedList();
        for (Warning w : portfolio.warnings()) {
            warnings.add(new ListItem(PortfolioDocuments.label(w, context.locale()) + w.message().in(context.locale())));
        }
        String title = context.text("Portfolio", "Portfolio") + " — " + of;
        String svg = PortfolioDocuments.svg(portfolio, title, context.locale(), context.logo());
        Image picture = be.buurtwijzer.plugins.support.Pictures.shown(svg,
                context.text("Overzicht van het portfolio; dezelfde "
                + "cijfers staan in de tabel.", "Portfolio overview; the same figures are in the table."), "560px");
        Map<String, String> parameters = neighbourhoodId == null ? Map.of() : Map.of("neighbourhoodId", neighbourhoodId);
        add(new Paragraph(Counts.summary(portfolio.initiatives(), portfolio.classified(),
                        portfolio.links().size(), context.locale())), matrix,
                pillars(portfolio), new H3(context.text("Waarschuwingen en advies", "Warnings and advice")),
                portfolio.warnings().isEmpty()
                        ? new Paragraph(context.text("Geen waarschuwingen.", "No warnings.")) : warnings,
                new HorizontalLayout(DownloadLink.of(context.text("Portfolio als CSV", "Portfolio as CSV"),
                "portfolio.csv", "text/csv",
                        () -> TypologyInstrument.csv(context, parameters)),
                        DownloadLink.of(context.text("Portfolio als Excel", "Portfolio as Excel"), "portfolio.xlsx",
                        TypologyInstrument.XLSX,
                                () -> TypologyInstrument.xlsx(context, parameters)),
                        DownloadLink.of(context.text("Overzicht als SVG", "Overview as SVG"), "portfolio.svg",
                        "image/svg+xml",
                                () -> svg.getBytes(StandardCharsets.UTF_8))), picture);
    }

    /** How many initiatives carry each of the three pillars (seed 001). */
    private Component pillars(Portfolio portfolio) {
        UnorderedList list = new UnorderedList();
        for (Pillar pillar : Pillar.values()) {
            list.add(new ListItem(pillar.label().in(context.locale()) + ": " + Counts.initiatives(
                    portfolio.pillars().get(pillar.name()), context.locale())));
        }
        Div box = new Div(new H3(context.text("Pijlers van een zorgzame buurt", "Pillars of a caring neighbourhood")),
                list);
        return box;
    }
}
