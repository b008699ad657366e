package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;

/**
 * The collaboration check "Ontwar de bomen" (seed 003): the forms of collaboration that fit the intensity
 * a collaboration needs ("Kies je samenwerkingsvorm(en) op basis van de benodigde samenwerkingsintensiteit"),
 * and the four characteristics of goal-directed networks as a self-check.
 */
public final class CollaborationCheck {

    private CollaborationCheck() {
    }

    /**
     * The seed's table: refer → none, procedures or care paths; share information → ad hoc alignment,
     * aligned IT, a periodic meeting, a learning community; carry out together → a temporary or permanent
     * partnership or team, network governance. Aligning activities lies between sharing and doing together,
     * so it gets the forms of sharing that align (the seed's table has no row of its own for it).
     */
    public static Text forms(Intensity needed) {
        return switch (needed) {
            case REFER -> new Text("geen vaste vorm, procedures of zorgpaden", "no fixed form, procedures or care paths");
            case SHARE_INFORMATION -> new Text("ad-hocafstemming, afgestemde IT, periodiek overleg, learning community",
                    "ad hoc alignment, aligned IT, a periodic meeting, a learning community");
            case ALIGN_ACTIVITIES -> new Text("periodiek overleg met afspraken over wie wat doet, afgestemde IT, "
                    + "learning community", "a periodic meeting with agreements on who does what, aligned IT, a learning "
                    + "community");
            case CARRY_OUT_TOGETHER -> new Text("tijdelijk of permanent partnerschap, tijdelijk of permanent team, "
                    + "netwerkgovernance", "a temporary or permanent partnership, a temporary or permanent team, network "
                    + "governance");
        };
    }

    /** The four characteristics of goal-directed networks (003, "Ontwar de bomen"), each with the seed's question. */
    public enum Characteristic {
        SHARED_GOAL(new Text("Gedeeld doel", "Shared goal"), new Text("Is er een gedeeld doel, dat voor iedereen "
                + "duidelijk en gedeeld is?", "Is there a shared goal that is clear to and shared by everyone?")),
        DIFFERENTIATION(new Text("Differentiatie (verscheidenheid aan partners)", "Differentiation (variety of partners)"),
                new Text("Voelt elke partner zich op zijn plaats in de samenwerking? Hebben ze elkaar nodig om het gedeelde "
                        + "doel te realiseren? Zijn alle nodige partners betrokken, en zijn alle betrokken partners nodig?",
                        "Does every partner feel in the right place in the collaboration? Do they need each other to reach "
                                + "the shared goal? Are all needed partners involved, and are all partners involved needed?")),
        INTEGRATION(new Text("Integratie (mate van samenwerking)", "Integration (degree of collaboration)"),
                new Text("Draagt elke partner daadwerkelijk bij, met tijd, expertise en middelen, niet enkel in overleg "
                        + "maar ook in de uitvoering van gezamenlijke activiteiten?", "Does every partner really contribute "
                        + "time, expertise and means, not only in meetings but in carrying out joint activities?")),
        GOVERNANCE(new Text("Governance (coördinatie)", "Governance (coordination)"), new Text("Zijn de actoren "
                + "gelijkwaardige partners? Is er één partner die de leiding neemt? Zijn er spanningen tussen de partners?",
                "Are the actors equal partners? Does one partner take the lead? Are there tensions between the partners?"));

        private final Text label;
        private final Text question;

        Characteristic(Text label, Text question) {
            this.label = label;
            this.question = question;
        }

        public Text label() {
            return label;
        }

        public Text question() {
            return question;
        }
    }

    /** How far a characteristic is there; missing is "not a bad mark but a possible point to improve" (the seed). */
    public enum Answer {
        YES(new Text("ja", "yes")), PARTLY(new Text("deels", "partly")), NO(new Text("nee", "no"));

        private final Text label;

        Answer(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }
}
