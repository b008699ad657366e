package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Map;

/**
 * The classifier's proposal: the type most criteria point to, whether the answers point to a
 * second type as well (the seed: overlap happens), the verdict of each criterion and the summary.
 */
public record Proposal(InitiativeType type, boolean mixed, InitiativeType alsoPointsTo, Map<InitiativeType, Double> scores,
        List<Verdict> verdicts, Text summary) {
}
