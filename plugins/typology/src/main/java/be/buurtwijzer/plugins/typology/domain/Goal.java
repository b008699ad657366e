package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * The goals of Tabel 1, row "Doel" (seed 003 §2). Each goal admits the types it can belong to: meeting
 * and small help are the goal of warm and caring neighbour initiatives and, as "een basisvoorwaarde",
 * part of caring neighbourhood initiatives, whose own goal is promoting caring; care and support is the
 * goal of neighbourhood-oriented care initiatives.
 */
public enum Goal {
    MEETING(new Text("ontmoeting", "meeting"), InitiativeType.WARM_NEIGHBOUR, InitiativeType.CARING_NEIGHBOURHOOD),
    SMALL_HELP(new Text("het kleine helpen", "small help"), InitiativeType.WARM_NEIGHBOUR,
            InitiativeType.CARING_NEIGHBOURHOOD),
    PROMOTING_CARING(new Text("zorgzaamheid bevorderen", "promoting caring"), InitiativeType.CARING_NEIGHBOURHOOD),
    CARE_AND_SUPPORT(new Text("zorg en ondersteuning", "care and support"), InitiativeType.NEIGHBOURHOOD_CARE);

    private final Text label;
    private final Set<InitiativeType> admits;

    Goal(Text label, InitiativeType first, InitiativeType... more) {
        this.label = label;
        this.admits = Set.copyOf(EnumSet.of(first, more));
    }

    public Text label() {
        return label;
    }

    /** The types an initiative with this goal can be. */
    public Set<InitiativeType> admits() {
        return admits;
    }
}
