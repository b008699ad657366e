package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugin.api.report.ReportFragmentSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The package planner's part of a report: a plan's packages, what lies between them, and its graph. */
final class PlanFragments {

    private PlanFragments() {
    }

    static List<ReportFragmentSpec> all() {
        return List.of(new ReportFragmentSpec("plan", new Text("Pakkettenplan", "Package plan"), new Text(
                "De pakketten van een planning, wat ertussen ligt, en de activiteitengraaf. Zonder keuze: de eerste "
                        + "planning.", "The packages of a plan, what lies between them, and the activity graph. Without "
                        + "a choice: the first plan."), PackagesInstrument.READ, List.of("planId"), PlanFragments::plan));
    }

    static ReportFragment plan(InstrumentContext context, Map<String, String> parameters) {
        Map<String, String> chosen = new HashMap<>(parameters);
        if (chosen.get("planId") == null || chosen.get("planId").isBlank()) {
            var plans = new PlannerService(context).plans();
            if (plans.isEmpty()) {
                return null;
            }
            chosen.put("planId", plans.get(0).id());
        }
        return PlanExports.of(context, chosen).fragment();
    }
}
