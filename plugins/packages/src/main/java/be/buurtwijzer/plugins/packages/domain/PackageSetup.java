package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package as the user settled it, with the answers step 4 asks for.
 *
 * @param complex whether the package's challenge is complex (each time a new situation)
 * @param changeable whether it changes often
 * @param teamDecides the levels at which the team itself decides
 * @param intensity the intensity the team states for inside the package; needed where links cannot say
 *     it (a package of one activity), and otherwise taking precedence over what the links suggest
 * @param members how many people each partner (register actor id) brings to the package's team
 */
public record PackageSetup(String name, List<String> activityIds, Boolean complex, Boolean changeable,
        Set<Level> teamDecides, Intensity intensity, Map<String, Integer> members) {

    public PackageSetup {
        activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
        teamDecides = teamDecides == null ? Set.of() : Set.copyOf(teamDecides);
        members = members == null ? Map.of() : Map.copyOf(members);
    }

    /** A package without a stated intensity or team members (a factory: JSON-B reads a record through its only constructor). */
    public static PackageSetup of(String name, List<String> activityIds, Boolean complex, Boolean changeable,
            Set<Level> teamDecides) {
        return new PackageSetup(name, activityIds, complex, changeable, teamDecides, null, Map.of());
    }

    /** The same package with other activities, keeping every answer. */
    public PackageSetup withActivities(List<String> ids) {
        return new PackageSetup(name, ids, complex, changeable, teamDecides, intensity, members);
    }

    /** The same answers under another name. */
    public PackageSetup named(String newName) {
        return new PackageSetup(newName, activityIds, complex, changeable, teamDecides, intensity, members);
    }
}
