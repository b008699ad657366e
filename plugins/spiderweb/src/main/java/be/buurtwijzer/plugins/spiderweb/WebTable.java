package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.Csv;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.util.Locale;
import java.util.Map;

/** The web's data as a table (the accessible counterpart of the pictures), as CSV. */
public final class WebTable {

    private WebTable() {
    }

    public static String csv(WebState state, Map<String, Factor> factors, Locale locale) {
        return new String(table(state, factors, locale).toExcelBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The actors and the factors, for the CSV and for a report fragment. */
    public static Csv table(WebState state, Map<String, Factor> factors, Locale locale) {
        Csv out = Csv.forBelgianExcel();
        out.row(Text.pick(locale, "actor", "actor"), Text.pick(locale, "sector", "sector"), Text.pick(locale,
                "huidige intensiteit", "current intensity"), Text.pick(locale, "nodige intensiteit",
                "needed intensity"), Text.pick(locale, "participatie", "participation"),
                Text.pick(locale, "enthousiasme", "enthusiasm"), Text.pick(locale, "passende samenwerkingsvormen",
                "fitting forms of collaboration"));
        for (Placement p : state.placements()) {
            out.row(p.actorName(), p.sector().label().in(locale), label(p.current(), locale), label(p.needed(), locale),
                    p.participation() == null ? "" : p.participation().label().in(locale),
                    p.enthusiasm() == null ? "" : p.enthusiasm().label().in(locale),
                    p.needed() == null ? "" : be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck.forms(p.needed())
                            .in(locale));
        }
        out.blankLine();
        out.row(Text.pick(locale, "factor", "factor"), Text.pick(locale, "soort", "kind"), Text.pick(locale, "score",
                "score"));
        for (FactorScore f : state.factors()) {
            Factor factor = factors.get(f.factorId());
            out.row(factor == null ? f.factorId() : factor.label().in(locale),
                    factor == null ? "" : factor.kind().label().in(locale), String.valueOf(f.score()));
        }
        return out;
    }

    private static String label(Intensity intensity, Locale locale) {
        return intensity == null ? "" : intensity.label().in(locale);
    }
}
