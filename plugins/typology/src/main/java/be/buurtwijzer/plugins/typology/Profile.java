package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugins.typology.domain.Answers;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import java.util.List;

/** The stored typology of one register initiative: the answers and every classification decided on. */
public record Profile(String initiativeId, Answers answers, List<Classification> history) {

    public Profile {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The type settled on last, or null. */
    public InitiativeType currentType() {
        return history.isEmpty() ? null : history.get(history.size() - 1).chosen();
    }
}
