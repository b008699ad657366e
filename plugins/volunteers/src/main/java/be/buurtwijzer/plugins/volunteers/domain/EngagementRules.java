package be.buurtwijzer.plugins.volunteers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who does what, and whether the insurance covers it: a warning for every active volunteer in a task whose
 * required cover the municipality's insurance lacks (or when there is no insurance at all), and a task without
 * a boundary (what to refer on) is named too: the seed asks that volunteers guard their boundaries.
 */
public final class EngagementRules {

    /** A warning about one task, and the volunteer it concerns (null for the task as a whole). */
    public record Warning(String role, String volunteerId, Set<Cover> missing, boolean noBoundary) {
    }

    private EngagementRules() {
    }

    public static String problem(Role role) {
        if (role.name() == null || role.name().isBlank()) {
            return "name: is required";
        }
        if (role.name().length() > 200) {
            return "name: is longer than 200 characters";
        }
        if (role.tasks() != null && role.tasks().length() > 2000) {
            return "tasks: is longer than 2000 characters";
        }
        if (role.referOn() != null && role.referOn().length() > 2000) {
            return "referOn: is longer than 2000 characters";
        }
        return null;
    }

    public static List<Warning> warnings(List<Role> roles, Insurance insurance, Map<String, Volunteer> volunteers,
            LocalDate today) {
        Set<Cover> covered = insurance == null ? Set.of() : insurance.covers();
        List<Warning> warnings = new ArrayList<>();
        for (Role role : roles) {
            if (role.referOn() == null || role.referOn().isBlank()) {
                warnings.add(new Warning(role.name(), null, Set.of(), true));
            }
            Set<Cover> missing = EnumSet.noneOf(Cover.class);
            missing.addAll(role.requiredCovers());
            missing.removeAll(covered);
            if (missing.isEmpty()) {
                continue;
            }
            for (String id : role.volunteerIds()) {
                Volunteer v = volunteers.get(id);
                if (v != null && v.activeOn(today)) {
                    warnings.add(new Warning(role.name(), id, Set.copyOf(missing), false));
                }
            }
        }
        return warnings;
    }
}
