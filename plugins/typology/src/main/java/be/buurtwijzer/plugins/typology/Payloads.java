package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Lead;
import be.buurtwijzer.plugins.typology.domain.Proposal;
import be.buurtwijzer.plugins.typology.domain.Structure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the typology's operations take and answer (JSON-B needs one constructor per record). */
public final class Payloads {

    private Payloads() {
    }

    /**
     * {@code version}: the version of the profile as it was read ({@link ProfileDetails#version()}); absent
     * for an initiative that had none. Stale answers are refused (409), never written over someone's.
     */
    public record AnswersInput(String initiativeId, Set<Goal> goals, Set<Driver> drivers, Lead lead,
            Set<Scale> professionalAreas, Scale scale, Set<Structure> structure, boolean coreGroupDecidesAll,
            List<String> links, boolean restsOnOnePerson, boolean coreGroupCarriesOutAll, boolean pushedToFormalise,
            Long version) {
    }

    public record InitiativeRef(String initiativeId) {
    }

    /**
     * {@code type} null or equal to the proposal accepts it; another type overrides it and needs a reason.
     * When the proposal is a tie, {@code type} must name one of the tied types (or another, with a reason).
     * {@code version} is the profile's version the decision was made on (required).
     */
    public record Decision(String initiativeId, InitiativeType type, String reason, Long version) {
    }

    /** A profile as the operations answer it: with the version to send back with the next change. */
    public record ProfileDetails(String initiativeId, Long version, be.buurtwijzer.plugins.typology.domain.Answers answers,
            List<Classification> history) {
    }

    public record PortfolioRequest(String neighbourhoodId) {
    }

    /**
     * A proposal in the caller's language, as the classify operation answers it. On a tie {@code type} is
     * null and {@code tiedWith} names the tied types; the user chooses.
     */
    public record ProposalDetails(String initiativeId, InitiativeType type, String typeLabel, boolean mixed,
            InitiativeType alsoPointsTo, List<InitiativeType> tiedWith, List<String> tiedLabels,
            Map<InitiativeType, Double> scores, List<Criterion> criteria, String summary) {

        public record Criterion(String criterion, String label, String reason) {
        }

        static ProposalDetails of(String initiativeId, Proposal p, Locale locale) {
            return new ProposalDetails(initiativeId, p.type(), p.type() == null ? null : p.type().label().in(locale),
                    p.mixed(), p.alsoPointsTo(), p.tiedWith(), p.tiedWith().stream().map(t -> t.label().in(locale)).toList(),
                    p.scores(), p.verdicts().stream().map(v -> new Criterion(v.criterion().name(),
                            v.criterion().label().in(locale), v.reason().in(locale))).toList(), p.summary().in(locale));
        }
    }
}
