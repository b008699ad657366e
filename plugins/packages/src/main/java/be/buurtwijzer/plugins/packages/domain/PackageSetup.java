package be.buurtwijzer.plugins.packages.domain;

import java.util.List;
import java.util.Set;

/**
 * A package as the user settled it, with the answers step 4 asks for.
 *
 * @param complex whether the package's challenge is complex (each time a new situation)
 * @param changeable whether it changes often
 * @param teamDecides the levels at which the team itself decides
 */
public record PackageSetup(String name, List<String> activityIds, Boolean complex, Boolean changeable,
        Set<Level> teamDecides) {

    public PackageSetup {
        activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
        teamDecides = teamDecides == null ? Set.of() : Set.copyOf(teamDecides);
    }
}
