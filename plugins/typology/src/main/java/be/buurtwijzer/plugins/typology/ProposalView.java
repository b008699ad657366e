package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Proposal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A proposal in the caller's language, as the classify operation answers it. On a tie {@code type} is
 * null and {@code tiedWith} names the tied types; the user chooses.
 */
public record ProposalView(String initiativeId, InitiativeType type, String typeLabel, boolean mixed,
        InitiativeType alsoPointsTo, List<InitiativeType> tiedWith, List<String> tiedLabels,
        Map<InitiativeType, Double> scores, List<Criterion> criteria, String summary) {

    public record Criterion(String criterion, String label, String reason) {
    }

    static ProposalView of(String initiativeId, Proposal p, Locale locale) {
        return new ProposalView(initiativeId, p.type(), p.type() == null ? null : p.type().label().in(locale), p.mixed(),
                p.alsoPointsTo(), p.tiedWith(), p.tiedWith().stream().map(t -> t.label().in(locale)).toList(),
                p.scores(), p.verdicts().stream().map(v -> new Criterion(v.criterion().name(),
                        v.criterion().label().in(locale), v.reason().in(locale))).toList(), p.summary().in(locale));
    }
}
