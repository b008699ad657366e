package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.ArrayList;
import java.util.List;

/** The seed's stimulating and inhibiting factors (003, "Stilstaan bij samenwerken"; DOMAIN.md §2), the starting list. */
public final class FactorCatalogue {

    public static final List<Factor> SEED = List.of(
            stimulating("individual-case", "Een individuele casus als aanleiding om te starten",
                    "An individual case as a reason to start"),
            stimulating("shared-mission", "Een gedeelde missie en visie", "A shared mission and vision"),
            stimulating("content-motivators", "Positieve inhoudelijke motivatoren", "Positive content motivators"),
            stimulating("knowing-each-other", "Elkaar kennen", "Knowing each other"),
            stimulating("good-communication", "Goede communicatie", "Good communication"),
            stimulating("compatible-ways", "Compatibele werkwijzen", "Compatible ways of working"),
            inhibiting("historical-fragmentation", "Historische fragmentering", "Historical fragmentation"),
            inhibiting("financial", "Financiële hinderpalen", "Financial obstacles"),
            inhibiting("political", "Politieke hinderpalen", "Political obstacles"),
            inhibiting("personal", "Persoonlijke hinderpalen", "Personal obstacles"),
            inhibiting("practical", "Praktische hinderpalen", "Practical obstacles"),
            inhibiting("inward-focus", "Inwaartse focus", "Inward focus"),
            inhibiting("self-interest", "Eigenbelang vooropstellen", "Putting self-interest first"),
            inhibiting("task-specialisation", "Taakspecialisatie", "Task specialisation"),
            inhibiting("hierarchical-coordination", "Hiërarchische coördinatie", "Hierarchical coordination"),
            inhibiting("limited-diversity", "Beperkte diversiteit aan partners", "Limited diversity of partners"),
            inhibiting("competition", "Concurrentie", "Competition"),
            inhibiting("lack-of-time", "Gebrek aan tijd", "Lack of time"),
            inhibiting("staff-turnover", "Personeelsverloop", "Staff turnover"));

    private FactorCatalogue() {
    }

    private static Factor stimulating(String id, String nl, String en) {
        return new Factor(id, Factor.Kind.STIMULATING, new Text(nl, en), true);
    }

    private static Factor inhibiting(String id, String nl, String en) {
        return new Factor(id, Factor.Kind.INHIBITING, new Text(nl, en), true);
    }

    /** The seed's factors followed by the municipality's own. */
    public static List<Factor> with(List<Factor> own) {
        List<Factor> all = new ArrayList<>(SEED);
        all.addAll(own);
        return all;
    }
}
