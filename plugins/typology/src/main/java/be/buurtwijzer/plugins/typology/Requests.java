package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Lead;
import be.buurtwijzer.plugins.typology.domain.Structure;
import java.util.List;
import java.util.Set;

/** The JSON bodies of the typology's operations. */
public final class Requests {

    private Requests() {
    }

    /**
     * {@code version}: the version of the profile as it was read ({@link ProfileView#version()}); absent
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
    public record ProfileView(String initiativeId, Long version, be.buurtwijzer.plugins.typology.domain.Answers answers,
            List<Classification> history) {
    }

    public record PortfolioRequest(String neighbourhoodId) {
    }
}
