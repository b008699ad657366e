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
        out.row(t("actor", "actor", locale), t("sector", "sector", locale), t("huidige intensiteit", "current intensity",
                locale), t("nodige intensiteit", "needed intensity", locale), t("participatie", "participation", locale),
                t("enthousiasme", "enthusiasm", locale), t("passende samenwerkingsvormen", "fitting forms of collaboration",
                        locale));
        for (Placement p : state.placements()) {
            out.row(p.actorName(), p.sector().label().in(locale), label(p.current(), locale), label(p.needed(), locale),
                    p.participation() == null ? "" : p.participation().label().in(locale),
                    p.enthusiasm() == null ? "" : p.enthusiasm().label().in(locale),
                    p.needed() == null ? "" : be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck.forms(p.needed())
                            .in(locale));
        }
        out.blankLine();
        out.row(t("factor", "factor", locale), t("soort", "kind", locale), t("score", "score", locale));
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

    private static String t(String nl, String en, Locale locale) {
        return new Text(nl, en).in(locale);
    }
}
