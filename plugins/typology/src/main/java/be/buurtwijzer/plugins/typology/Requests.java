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

    public record AnswersInput(String initiativeId, Set<Goal> goals, Set<Driver> drivers, Lead lead,
            Set<Scale> professionalAreas, Scale scale, Set<Structure> structure, boolean coreGroupDecidesAll,
            List<String> links) {
    }

    public record InitiativeRef(String initiativeId) {
    }

    /** {@code type} null or equal to the proposal accepts it; another type overrides it and needs a reason. */
    public record Decision(String initiativeId, InitiativeType type, String reason) {
    }

    public record PortfolioRequest(String neighbourhoodId) {
    }
}
