package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.Csv;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.Text;
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
record PlanExports(Documents.PlanView view, Map<String, String> actorNames, Locale locale) {

    static PlanExports of(InstrumentContext context, Map<String, String> parameters) {
        Documents.PlanView view = new PlannerService(context).view(parameters.get("planId"));
        return new PlanExports(view, context.register().actors().stream()
                .collect(Collectors.toMap(RegisterReader.Actor::id, RegisterReader.Actor::name)), context.locale());
    }

    private String t(String nl, String en) {
        return new Text(nl, en).in(locale);
    }

    GraphPainter painter() {
        Documents.Plan plan = view.plan();
        return new GraphPainter(plan.challenge(), plan.activities(), plan.links(), plan.packages(), locale);
    }

    String svg() {
        return Pictures.svg(GraphPainter.WIDTH, GraphPainter.HEIGHT, view.plan().challenge(), painter());
    }

    byte[] png() {
        return Pictures.png(GraphPainter.WIDTH, GraphPainter.HEIGHT, painter());
    }

    String csv() {
        Map<String, String> activityNames = view.plan().activities().stream()
                .collect(Collectors.toMap(Activity::id, Activity::name, (a, b) -> a));
        Csv csv = new Csv().row(t("pakket", "package"), t("activiteiten", "activities"), t("ideale schaal", "ideal scale"),
                t("partners", "partners"), t("intensiteit binnen", "intensity inside"), t("coördinatie", "coordination"),
                t("team beslist", "team decides"), t("opmerking", "note"));
        for (PackageAnalysis.PackageView p : view.analysis().packages()) {
            csv.row(p.name(), join(p.activityIds(), activityNames::get),
                    p.idealScale() == null ? "" : p.idealScale().label().in(locale),
                    join(p.partners(), id -> actorNames.getOrDefault(id, id)),
                    p.intensityFrom() == p.intensityTo() ? p.intensityTo().label().in(locale)
                            : p.intensityFrom().label().in(locale) + " – " + p.intensityTo().label().in(locale),
                    p.coordination() == null ? "" : p.coordination().label().in(locale), levels(p.teamDecides()),
                    p.teamSizeNote() == null ? "" : p.teamSizeNote().in(locale));
        }
        csv.blankLine().row(t("tussen", "between"), t("en", "and"), t("intensiteit", "intensity"),
                t("samen beslissen", "decide together"), t("coördinatie", "coordination"));
        for (PackageAnalysis.Between b : view.analysis().between()) {
            csv.row(b.first(), b.second(), b.intensity().label().in(locale), levels(b.mutualAgreement()),
                    b.coordination().label().in(locale));
        }
        csv.blankLine().row(t("modulariteit", "modularity"), String.format(Locale.ROOT, "%.3f",
                view.analysis().modularity()));
        view.analysis().warnings().forEach(w -> csv.row(t("waarschuwing", "warning"), w.in(locale)));
        return csv.toString();
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
