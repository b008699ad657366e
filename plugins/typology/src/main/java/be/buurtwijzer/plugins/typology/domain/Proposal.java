package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Map;

/**
 * The classifier's proposal: the type the criteria point to within what the goal admits, whether the
 * answers point to a second type as well (the seed: overlap happens), the verdict of each criterion and
 * the summary. When two types score the same, {@code type} is null and {@code tiedWith} names them: the
 * user chooses, the tool does not.
 */
public record Proposal(InitiativeType type, boolean mixed, InitiativeType alsoPointsTo, List<InitiativeType> tiedWith,
        Map<InitiativeType, Double> scores, List<Verdict> verdicts, Text summary) {

    public Proposal {
        tiedWith = tiedWith == null ? List.of() : List.copyOf(tiedWith);
    }

    public boolean tie() {
        return !tiedWith.isEmpty();
    }

    /** Whether choosing {@code chosen} follows the proposal (one of the tied types counts as following it). */
    public boolean follows(InitiativeType chosen) {
        return tie() ? tiedWith.contains(chosen) : chosen == type;
    }
}
