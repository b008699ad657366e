package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugin.api.Csv;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Level;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.picture.GraphPainter;
import be.buurtwijzer.plugins.support.Pictures;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The package plan as CSV and the activity graph as SVG and PNG, from data read once. */
record PlanExports(Payloads.PlanDetails view, Map<String, String> actorNames, Locale locale, String subtitle,
        java.util.Optional<byte[]> logo) {

    static PlanExports of(InstrumentContext context, Map<String, String> parameters) {
        Payloads.PlanDetails view = new PlannerService(context).view(parameters.get("planId"));
        return new PlanExports(view, context.register().actors().stream()
                .collect(Collectors.toMap(RegisterReader.Actor::id, RegisterReader.Actor::name)), context.locale(),
                subtitle(context), context.logo());
    }

    /** The municipality and today's date, on every picture and document people print. */
    static String subtitle(InstrumentContext context) {
        java.time.LocalDate today = java.time.LocalDate.now(context.clock().withZone(java.time.ZoneId.of(
                "Europe/Brussels")));
        return context.text(context.tenant().name() + " · stand van ", context.tenant().name() + " · as of ")
                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today);
    }

    GraphPainter painter() {
        Documents.Plan plan = view.plan();
        return new GraphPainter(plan.challenge(), subtitle, plan.activities(), plan.links(), plan.packages(), locale);
    }

    String svg() {
        GraphPainter painter = painter();
        return Pictures.svg(painter.width(), painter.height(), view.plan().challenge(), painter, logo);
    }

    byte[] png() {
        GraphPainter painter = painter();
        return Pictures.png(painter.width(), painter.height(), painter, logo);
    }

    /** The plan as a report fragment: its description, the graph and the tables of the CSV. */
    ReportFragment fragment() {
        Documents.Plan plan = view.plan();
        java.util.List<ReportFragment.Block> blocks = new java.util.ArrayList<>();
        if (plan.description() != null && !plan.description().isBlank()) {
            blocks.add(new ReportFragment.Paragraph(plan.description()));
        }
        GraphPainter painter = painter();
        blocks.add(new ReportFragment.Figure(plan.challenge(), Text.pick(locale, "Activiteitengraaf van '"
                + plan.challenge() + "': "
                + Plural.nlFigure(plan.activities().size(), "activiteit", "activiteiten") + " in "
                + Plural.nlFigure(plan.packages().size(), "pakket", "pakketten") + "; de tabel volgt.",
                "Activity graph of '" + plan.challenge() + "': " + Plural.enFigure(plan.activities().size(), "activity",
                        "activities") + " in " + Plural.enFigure(plan.packages().size(), "package", "packages")
                        + "; the table follows."),
                Pictures.png(painter.width(), painter.height(), painter), painter.width(), painter.height()));
        blocks.addAll(ReportFragment.Table.of(table()));
        return new ReportFragment(plan.challenge(), subtitle, blocks);
    }

    static final String XLSX = be.buurtwijzer.plugin.api.Csv.XLSX_MEDIA_TYPE;

    byte[] xlsx(InstrumentContext context) {
        return context.spreadsheet(table(), Text.pick(locale, "Pakkettenplan", "Package plan"));
    }

    String csv() {
        return new String(table().toExcelBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The packages, what lies between them and the warnings, for the CSV and for a report fragment. */
    Csv table() {
        Map<String, String> activityNames = view.plan().activities().stream()
                .collect(Collectors.toMap(Activity::id, Activity::name, (a, b) -> a));
        Csv csv = Csv.forBelgianExcel().row(Text.pick(locale, "pakket", "package"), Text.pick(locale, "activiteiten",
                "activities"), Text.pick(locale, "ideale schaal", "ideal scale"),
                Text.pick(locale, "partners", "partners"), Text.pick(locale, "intensiteit binnen", "intensity inside"),
                Text.pick(locale, "coördinatie", "coordination"),
                Text.pick(locale, "team beslist", "team decides"), Text.pick(locale, "opmerking", "note"));
        for (PackageAnalysis.PackageDetails p : view.analysis().packages()) {
            csv.row(p.name(), join(p.activityIds(), activityNames::get),
                    p.idealScale() == null ? "" : p.idealScale().label().in(locale),
                    join(p.partners(), id -> actorNames.getOrDefault(id, id)),
                    p.intensityFrom() == p.intensityTo() ? p.intensityTo().label().in(locale)
                            : p.intensityFrom().label().in(locale) + " – " + p.intensityTo().label().in(locale),
                    p.coordination() == null ? "" : p.coordination().label().in(locale), levels(p.teamDecides()),
                    p.teamSizeNote() == null ? "" : p.teamSizeNote().in(locale));
        }
        csv.blankLine().row(Text.pick(locale, "tussen", "between"), Text.pick(locale, "en", "and"), Text.pick(locale,
                "intensiteit", "intensity"),
                Text.pick(locale, "samen beslissen", "decide together"), Text.pick(locale, "coördinatie",
                "coordination"));
        for (PackageAnalysis.Between b : view.analysis().between()) {
            csv.row(b.first(), b.second(), b.intensity().label().in(locale), agreement(b), coordination(b));
        }
        csv.blankLine().row(Text.pick(locale, "modulariteit", "modularity"), String.format(locale, "%.3f",
                view.analysis().modularity()));
        view.analysis().warnings().forEach(w -> csv.row(Text.pick(locale, "waarschuwing", "warning"), w.in(locale)));
        return csv;
    }

    /** The package plan on A4: packages, what lies between them, the reality check and the graph. */
    byte[] pdf() {
        Documents.Plan plan = view.plan();
        Map<String, String> activityNames = plan.activities().stream()
                .collect(Collectors.toMap(Activity::id, Activity::name, (a, b) -> a));
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"UTF-8\"/><style>"
                + "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%;margin-bottom:12pt}"
                + "th,td{border:1px solid #999;padding:3pt;text-align:left;vertical-align:top} h1{font-size:16pt}"
                + "h2{font-size:12pt;margin-top:14pt} img{width:100%} img.logo{width:auto;max-height:40pt;float:right}</style></head><body>");
        logo.ifPresent(png -> html.append("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(png)).append("\"/>"));
        html.append("<h1>").append(x(plan.challenge())).append("</h1><p>").append(x(subtitle)).append("</p>");
        if (plan.description() != null) {
            html.append("<p>").append(x(plan.description())).append("</p>");
        }
        paragraph(html, Text.pick(locale, "Samenhang met andere uitdagingen: ", "Connections with other challenges: "),
                plan.connections());
        paragraph(html, Text.pick(locale, "Doelen op korte termijn: ", "Short-term goals: "), plan.shortTermGoals());
        paragraph(html, Text.pick(locale, "Doelen op lange termijn: ", "Long-term goals: "), plan.longTermGoals());
        html.append("<h2>").append(Text.pick(locale, "Pakketten", "Packages")).append(" (").append(Text.pick(locale,
                "modulariteit", "modularity"))
                .append(' ').append(String.format(locale, "%.3f", view.analysis().modularity())).append(")</h2>")
                .append("<table><tr><th>").append(Text.pick(locale, "Pakket", "Package")).append("</th><th>")
                .append(Text.pick(locale, "Activiteiten", "Activities")).append("</th><th>").append(Text.pick(locale,
                "Ideale schaal", "Ideal scale"))
                .append("</th><th>").append(Text.pick(locale, "Partners", "Partners")).append("</th><th>")
                .append(Text.pick(locale, "Intensiteit binnen", "Intensity inside")).append("</th><th>")
                .append(Text.pick(locale, "Coördinatie", "Coordination")).append("</th></tr>");
        for (PackageAnalysis.PackageDetails p : view.analysis().packages()) {
            html.append("<tr><td>").append(x(p.name())).append("</td><td>")
                    .append(x(join(p.activityIds(), activityNames::get))).append("</td><td>")
                    .append(p.idealScale() == null ? "" : x(p.idealScale().label().in(locale))).append("</td><td>")
                    .append(x(join(p.partners(), id -> actorNames.getOrDefault(id, id))))
                    .append(p.teamSizeNote() == null ? "" : "<br/>" + x(p.teamSizeNote().in(locale))).append("</td><td>")
                    .append(x(p.intensityFrom() == p.intensityTo() ? p.intensityTo().label().in(locale)
                            : p.intensityFrom().label().in(locale) + " – " + p.intensityTo().label().in(locale)))
                    .append("</td><td>").append(p.coordination() == null ? "" : x(p.coordination().label().in(locale)))
                    .append(p.teamDecides().isEmpty() ? "" : "<br/>" + x(Text.pick(locale, "team beslist: ",
                    "team decides: ")
                            + levels(p.teamDecides()))).append("</td></tr>");
        }
        html.append("</table><p>").append(x(Text.pick(locale,
                "De modulariteit (tussen -0,5 en 1) zegt hoe goed de pakketten de "
                + "samenhang binnenhouden: hoe hoger, hoe meer de activiteiten binnen een pakket met elkaar verbonden zijn "
                + "en hoe minder met andere pakketten.", "Modularity (between -0.5 and 1) says how well the packages keep "
                + "the links inside: the higher it is, the more the activities in a package are linked with each other "
                + "and the less with other packages."))).append("</p>");
        if (!view.analysis().between().isEmpty()) {
            html.append("<h2>").append(Text.pick(locale, "Tussen pakketten",
                    "Between packages")).append("</h2><table><tr><th>")
                    .append(Text.pick(locale, "Pakketten", "Packages")).append("</th><th>").append(Text.pick(locale,
                    "Intensiteit", "Intensity"))
                    .append("</th><th>").append(Text.pick(locale, "Samen beslissen over",
                    "Decide together on")).append("</th><th>")
                    .append(Text.pick(locale, "Coördinatie", "Coordination")).append("</th></tr>");
            for (PackageAnalysis.Between b : view.analysis().between()) {
                html.append("<tr><td>").append(x(b.first() + " – " + b.second())).append("</td><td>")
                        .append(x(b.intensity().label().in(locale))).append("</td><td>").append(x(agreement(b)))
                        .append("</td><td>").append(x(coordination(b))).append("</td></tr>");
            }
            html.append("</table>");
        }
        view.analysis().warnings().forEach(w -> html.append("<p><b>").append(x(w.in(locale))).append("</b></p>"));
        Documents.Reality reality = plan.reality();
        html.append("<h2>").append(Text.pick(locale, "Realiteitscheck", "Reality check")).append("</h2>");
        if (reality.stimulatingToUse() != null && !reality.stimulatingToUse().isBlank()) {
            html.append("<p>").append(x(Text.pick(locale, "Stimulerende factoren: ", "Stimulating factors: ")
                    + reality.stimulatingToUse()))
                    .append("</p>");
        }
        if (reality.removableInhibiting() != null && !reality.removableInhibiting().isBlank()) {
            html.append("<p>").append(x(Text.pick(locale, "Weg te werken: ", "To remove: ")
                    + reality.removableInhibiting()))
                    .append("</p>");
        }
        for (Documents.Deviation d : reality.deviations()) {
            html.append("<p>").append(x(d.factor())).append(": ").append(x(d.deviation())).append(" — ")
                    .append(x(d.consequence())).append(" — ").append(x(d.absorption())).append("</p>");
        }
        html.append("<h2>").append(Text.pick(locale, "Activiteitengraaf",
                "Activity graph")).append("</h2><img src=\"data:image/png;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(png())).append("\"/></body></html>");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            new com.openhtmltopdf.pdfboxout.PdfRendererBuilder().useFastMode().withHtmlContent(html.toString(), null)
                    .toStream(out).run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String x(String text) {
        return text == null ? "" : be.buurtwijzer.plugin.api.PlainText.forXml(text).replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void paragraph(StringBuilder html, String label, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p>").append(x(label + text)).append("</p>");
        }
    }

    /** The team's levels, or the tool's suggestion marked as one. */
    private String agreement(PackageAnalysis.Between b) {
        return b.agreedByTeam() ? levels(b.mutualAgreement())
                : Text.pick(locale, "voorstel: ", "suggested: ") + levels(b.suggestedAgreement());
    }

    private String coordination(PackageAnalysis.Between b) {
        return b.coordination() == null ? Text.pick(locale, "nog te beantwoorden",
                "to be answered") : b.coordination().label().in(locale);
    }

    private String levels(Set<Level> levels) {
        return levels.stream().sorted().map(l -> l.label().in(locale)).collect(Collectors.joining(", "));
    }

    private static String join(java.util.List<String> ids, Function<String, String> name) {
        return ids.stream().map(name).collect(Collectors.joining("; "));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
