package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import be.buurtwijzer.plugins.spiderweb.picture.ComparisonPainter;
import be.buurtwijzer.plugins.spiderweb.picture.FactorRadarPainter;
import be.buurtwijzer.plugins.spiderweb.picture.SpiderWebPainter;
import be.buurtwijzer.plugins.support.Pictures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * One web's (or snapshot's) pictures and table, from data read once. Every picture says which
 * municipality, which date and, for a snapshot, which snapshot it shows: people print them.
 */
record WebPictures(String title, String subtitle, WebState state, Map<String, Factor> factors, Locale locale,
        java.util.Optional<byte[]> logo) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** For an export: the web named by {@code webId}, or its snapshot {@code snapshotId}. */
    static WebPictures of(InstrumentContext context, Map<String, String> parameters) {
        SpiderWebService service = new SpiderWebService(context);
        var web = service.web(parameters.get("webId"));
        String snapshotId = parameters.get("snapshotId");
        if (snapshotId == null || snapshotId.isBlank()) {
            return current(context, web.value().name(), web.value().state(), service.factorsById());
        }
        var snapshot = service.snapshotOf(web.id(), snapshotId, "snapshotId").value();
        return new WebPictures(web.value().name(), subtitle(context, snapshot.date(), snapshot.label()),
                snapshot.state(), service.factorsById(), context.locale(), context.logo());
    }

    /** The web as it is today. */
    static WebPictures current(InstrumentContext context, String name, WebState state, Map<String, Factor> factors) {
        return new WebPictures(name, subtitle(context, LocalDate.now(context.clock().withZone(ZoneId.of("Europe/Brussels"))),
                null), state, factors, context.locale(), context.logo());
    }

    private static String subtitle(InstrumentContext context, LocalDate date, String snapshotLabel) {
        String municipality = context.tenant().name();
        return snapshotLabel == null
                ? context.text(municipality + " · stand van " + DATE.format(date),
                        municipality + " · as of " + DATE.format(date))
                : context.text(municipality + " · momentopname ‘" + snapshotLabel + "’ van " + DATE.format(date),
                        municipality + " · snapshot ‘" + snapshotLabel + "’ of " + DATE.format(date));
    }

    /** The change between two snapshots of a web, or between a snapshot and the web now ({@code to} absent). */
    static ComparisonPainter comparison(InstrumentContext context, Map<String, String> parameters) {
        SpiderWebService service = new SpiderWebService(context);
        var web = service.web(parameters.get("webId"));
        var from = service.snapshotOf(web.id(), parameters.get("from"), "from").value();
        String toId = parameters.get("to");
        var to = toId == null || toId.isBlank() ? null : service.snapshotOf(web.id(), toId, "to").value();
        LocalDate today = LocalDate.now(context.clock().withZone(ZoneId.of("Europe/Brussels")));
        String subtitle = context.text(context.tenant().name() + " · van ‘" + from.label() + "’ ("
                + DATE.format(from.date()) + ") tot " + (to == null ? "nu (" + DATE.format(today) + ")"
                : "‘" + to.label() + "’ (" + DATE.format(to.date()) + ")"), context.tenant().name() + " · from ‘"
                + from.label() + "’ (" + DATE.format(from.date()) + ") to " + (to == null ? "now (" + DATE.format(today)
                + ")" : "‘" + to.label() + "’ (" + DATE.format(to.date()) + ")"));
        return new ComparisonPainter(web.value().name() + " — " + context.text("wat veranderde", "what changed"),
                subtitle, from.state(), to == null ? web.value().state() : to.state(), service.factorsById(),
                context.locale());
    }

    static String svg(ComparisonPainter painter, java.util.Optional<byte[]> logo) {
        return Pictures.svg(painter.width(), painter.height(), painter.title(), painter, logo);
    }

    static byte[] png(ComparisonPainter painter, java.util.Optional<byte[]> logo) {
        return Pictures.png(painter.width(), painter.height(), painter, logo);
    }

    String webSvg() {
        SpiderWebPainter painter = webPainter();
        return Pictures.svg(painter.width(), painter.height(), title + " — " + subtitle, painter, logo);
    }

    byte[] webPng() {
        SpiderWebPainter painter = webPainter();
        return Pictures.png(painter.width(), painter.height(), painter, logo);
    }

    String radarSvg() {
        FactorRadarPainter painter = radarPainter();
        return Pictures.svg(painter.width(), painter.height(), radarTitle() + " — " + subtitle, painter, logo);
    }

    byte[] radarPng() {
        FactorRadarPainter painter = radarPainter();
        return Pictures.png(painter.width(), painter.height(), painter, logo);
    }

    static final String XLSX = be.buurtwijzer.plugin.api.Csv.XLSX_MEDIA_TYPE;

    byte[] xlsx(InstrumentContext context) {
        return context.spreadsheet(WebTable.table(state, factors, locale), new Text("Spinnenweb", "Spider web")
                .in(locale));
    }

    String csv() {
        return WebTable.csv(state, factors, locale);
    }

    /** The web, its factor radar and its table, as a report fragment. */
    be.buurtwijzer.plugin.api.report.ReportFragment fragment() {
        SpiderWebPainter web = webPainter();
        FactorRadarPainter radar = radarPainter();
        java.util.List<be.buurtwijzer.plugin.api.report.ReportFragment.Block> blocks = new java.util.ArrayList<>();
        blocks.add(new be.buurtwijzer.plugin.api.report.ReportFragment.Figure(title, Text.pick(locale, "Spinnenweb '"
                + title
                + "' met " + Plural.nlFigure(state.placements().size(), "actor", "actoren") + ": hoe intens elke actor "
                + "nu samenwerkt en hoe intens dat nodig is; de tabel volgt.", "Spider web '" + title + "' with "
                + Plural.enFigure(state.placements().size(), "actor", "actors") + ": how intensely each actor works together now and how intensely that is needed; the table "
                + "follows."), Pictures.png(web.width(), web.height(), web), web.width(), web.height()));
        if (!state.factors().isEmpty()) {
            blocks.add(new be.buurtwijzer.plugin.api.report.ReportFragment.Figure(radarTitle(), Text.pick(locale, 
                    "Factorradar: de scores van de bevorderende en belemmerende factoren; de tabel volgt.",
                    "Factor radar: the scores of the enabling and inhibiting factors; the table follows."),
                    Pictures.png(radar.width(), radar.height(), radar), radar.width(), radar.height()));
        }
        blocks.addAll(be.buurtwijzer.plugin.api.report.ReportFragment.Table.of(WebTable.table(state, factors, locale)));
        return new be.buurtwijzer.plugin.api.report.ReportFragment(title, subtitle, blocks);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private SpiderWebPainter webPainter() {
        return new SpiderWebPainter(title, subtitle, state, locale);
    }

    private String radarTitle() {
        return title + " — " + Text.pick(locale, "factoren", "factors");
    }

    private FactorRadarPainter radarPainter() {
        return new FactorRadarPainter(radarTitle(), subtitle, state.factors(), factors, locale);
    }
}
