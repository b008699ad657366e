package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.Map;

/** What one criterion of Tabel 1 says: a share of one point per type, and why. */
public record Verdict(Criterion criterion, Map<InitiativeType, Double> shares, Text reason) {

    public enum Criterion {
        GOAL(new Text("Doel", "Goal"), new Text("het doel", "the goal"), false),
        DRIVERS(new Text("Trekkers", "Drivers"), new Text("de trekkers", "the drivers"), true),
        PROFESSIONAL_AREA(new Text("Werkingsgebied professionals", "Operating area of the professionals"),
                new Text("het werkingsgebied van de professionals", "the professionals' operating area"), false),
        SCALE(new Text("Schaal van het initiatief", "Scale of the initiative"),
                new Text("de schaal van het initiatief", "the initiative's scale"), false);

        private final Text label;
        private final Text phrase;
        private final boolean plural;

        Criterion(Text label, Text phrase, boolean plural) {
            this.label = label;
            this.phrase = phrase;
            this.plural = plural;
        }

        /** Whether the phrase takes a plural verb when it stands alone. */
        public boolean plural() {
            return plural;
        }

        public Text label() {
            return label;
        }

        /** The criterion inside a sentence. */
        public Text phrase() {
            return phrase;
        }
    }

    public Verdict {
        shares = Map.copyOf(shares);
    }
}
