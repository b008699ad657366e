package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugin.api.report.ReportFragmentSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The spider web's part of a report: a web (now or at a snapshot) with its factor radar and its table. */
final class WebFragments {

    private WebFragments() {
    }

    static List<ReportFragmentSpec> all() {
        return List.of(new ReportFragmentSpec("web", new Text("Spinnenweb", "Spider web"), new Text(
                "Een spinnenweb, nu of op een momentopname, met de factorradar en de tabel van actoren en factoren. "
                        + "Zonder keuze: het eerste web.", "A spider web, now or at a snapshot, with the factor radar and "
                        + "the table of actors and factors. Without a choice: the first web."),
                SpiderWebInstrument.READ, List.of("webId", "snapshotId"), WebFragments::web));
    }

    static ReportFragment web(InstrumentContext context, Map<String, String> parameters) {
        Map<String, String> chosen = new HashMap<>(parameters);
        if (chosen.get("webId") == null || chosen.get("webId").isBlank()) {
            var webs = new SpiderWebService(context).webs();
            if (webs.isEmpty()) {
                return null;
            }
            chosen.put("webId", webs.get(0).id());
        }
        return WebPictures.of(context, chosen).fragment();
    }
}
