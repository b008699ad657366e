package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;

/**
 * What the typology asks about one initiative.
 *
 * @param professionalAreas the operating areas of the professionals involved (empty when none are)
 * @param scale the initiative's own scale: where it works, from a street to a region
 * @param coreGroupDecidesAll the core group decides everything while one worker or others only carry out
 * @param links ids of other initiatives of the municipality this one works with
 * @param restsOnOnePerson the work rests on the shoulders of one person (a driver, a project worker)
 * @param coreGroupCarriesOutAll the core group decides and also carries out everything, without ways for
 *     others in the neighbourhood to take part
 * @param pushedToFormalise the initiative is being asked to formalise, to become more inclusive or to
 *     decide more democratically than it wants to
 */
public record Answers(Set<Goal> goals, Set<Driver> drivers, Lead lead, Set<Scale> professionalAreas, Scale scale,
        Set<Structure> structure, boolean coreGroupDecidesAll, List<String> links, boolean restsOnOnePerson,
        boolean coreGroupCarriesOutAll, boolean pushedToFormalise) {

    public Answers {
        goals = goals == null ? Set.of() : Set.copyOf(goals);
        drivers = drivers == null ? Set.of() : Set.copyOf(drivers);
        professionalAreas = professionalAreas == null ? Set.of() : Set.copyOf(professionalAreas);
        structure = structure == null ? Set.of() : Set.copyOf(structure);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * Answers without the questions about how the work is carried. (A factory, not a constructor: JSON-B
     * reads a record through its only constructor.)
     */
    public static Answers of(Set<Goal> goals, Set<Driver> drivers, Lead lead, Set<Scale> professionalAreas, Scale scale,
            Set<Structure> structure, boolean coreGroupDecidesAll, List<String> links) {
        return new Answers(goals, drivers, lead, professionalAreas, scale, structure, coreGroupDecidesAll, links, false,
                false, false);
    }

    public boolean involvesProfessionals() {
        return drivers.contains(Driver.PROFESSIONALS) || !professionalAreas.isEmpty();
    }

    public boolean involvesCitizens() {
        return drivers.stream().anyMatch(Driver::isCitizen);
    }
}
