package be.buurtwijzer.plugins.volunteers.domain;

import java.util.List;
import java.util.Set;

/**
 * A task volunteers take on, perhaps in one initiative, with its boundary: what they refer on, and to whom.
 *
 * @param requiredCovers what the insurance must cover for this task
 */
public record Role(String name, String initiativeId, String tasks, String referOn, Set<Cover> requiredCovers,
        List<String> volunteerIds) {

    public Role {
        requiredCovers = requiredCovers == null ? Set.of(Cover.CIVIL_LIABILITY) : Set.copyOf(requiredCovers);
        volunteerIds = volunteerIds == null ? List.of() : List.copyOf(volunteerIds);
    }
}
