package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import be.buurtwijzer.plugins.typology.domain.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the portfolio asks a coordinator to act on, for the home page: each initiative's warnings (not the
 * advice, which asks only to consider), named after the initiative, and how many are not classified yet.
 */
final class TypologyAttention {

    static final String PAGE = "initiatives";

    private TypologyAttention() {
    }

    static List<Attention> of(Portfolio portfolio) {
        List<Attention> found = new ArrayList<>();
        long unclassified = portfolio.warnings().stream().filter(w -> w.kind() == Warning.Kind.NOT_CLASSIFIED).count();
        if (unclassified > 0) {
            found.add(new Attention(new Text(Counts.notClassified(unclassified, Locale.forLanguageTag("nl-BE")),
                    Counts.notClassified(unclassified, Locale.ENGLISH)), PAGE));
        }
        for (Warning w : portfolio.warnings()) {
            if (w.level() == Warning.Level.WARNING && w.kind() != Warning.Kind.NOT_CLASSIFIED) {
                found.add(new Attention(w.aboutPortfolio() ? w.message() : new Text(
                        w.initiativeName() + ": " + w.message().nl(), w.initiativeName() + ": " + w.message().en()), PAGE));
            }
        }
        return found;
    }
}
