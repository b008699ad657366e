package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugin.api.report.ReportFragmentSpec;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The typology's part of a report: the portfolio of initiatives, with its overview, table and warnings. */
final class TypologyFragments {

    private TypologyFragments() {
    }

    static List<ReportFragmentSpec> all() {
        return List.of(new ReportFragmentSpec("portfolio", new Text("Portfolio van initiatieven", "Portfolio of initiatives"),
                new Text("De initiatieven per type en schaal, met waarschuwingen en advies.",
                        "The initiatives by type and scale, with warnings and advice."),
                TypologyInstrument.READ, List.of("neighbourhoodId"), TypologyFragments::portfolio));
    }

    static ReportFragment portfolio(InstrumentContext context, Map<String, String> parameters) {
        TypologyService service = new TypologyService(context);
        String neighbourhood = parameters.get("neighbourhoodId");
        Portfolio portfolio = service.portfolio(neighbourhood);
        String where = neighbourhood == null || neighbourhood.isBlank() ? context.tenant().name()
                : service.neighbourhoodName(neighbourhood);
        String title = context.text("Portfolio", "Portfolio") + " — " + where;
        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(context.clock()
                .withZone(ZoneId.of("Europe/Brussels"))));
        List<ReportFragment.Block> blocks = new ArrayList<>();
        blocks.add(new ReportFragment.Paragraph(Counts.summary(portfolio.initiatives(), portfolio.classified(),
                portfolio.links().size(), context.locale())));
        blocks.add(PortfolioDocuments.figure(portfolio, title, context.locale()));
        blocks.addAll(ReportFragment.Table.of(PortfolioDocuments.table(portfolio, context.locale(),
                service::neighbourhoodName)));
        return new ReportFragment(title, context.text(where + " · stand van " + today, where + " · as of "
                + today), blocks);
    }
}
