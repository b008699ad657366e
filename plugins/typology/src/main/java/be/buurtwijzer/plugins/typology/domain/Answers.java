package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;

/**
 * What the typology asks about one initiative.
 *
 * @param professionalAreas the operating areas of the professionals involved (empty when none are)
 * @param coreGroupDecidesAll the core group decides everything while others only carry out
 * @param links ids of other initiatives of the municipality this one works with
 */
public record Answers(Set<Goal> goals, Set<Driver> drivers, Lead lead, Set<Scale> professionalAreas, Scale scale,
        Set<Structure> structure, boolean coreGroupDecidesAll, List<String> links) {

    public Answers {
        goals = goals == null ? Set.of() : Set.copyOf(goals);
        drivers = drivers == null ? Set.of() : Set.copyOf(drivers);
        professionalAreas = professionalAreas == null ? Set.of() : Set.copyOf(professionalAreas);
        structure = structure == null ? Set.of() : Set.copyOf(structure);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public boolean involvesProfessionals() {
        return drivers.contains(Driver.PROFESSIONALS) || !professionalAreas.isEmpty();
    }

    public boolean involvesCitizens() {
        return drivers.stream().anyMatch(Driver::isCitizen);
    }
}
