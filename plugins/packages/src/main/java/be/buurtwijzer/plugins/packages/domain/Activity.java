package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;

/**
 * One activity a challenge needs (steps 1 and 2).
 *
 * @param existing whether it is organised today (the seed asks for existing and absent activities)
 * @param neighbourhoodBound how intrinsically bound to the neighbourhood, 0 (not at all) to 3 (entirely)
 * @param partners register actor ids of the potential partners with the needed capacities
 * @param currentScale where it is organised today, when it is; {@code scaleReason} says why that differs
 * @param pinnedTo a package name the user fixed it to, or null
 */
public record Activity(String id, String name, boolean existing, Scale idealScale, Scale currentScale,
        String scaleReason, int neighbourhoodBound, List<String> partners, List<String> stimulating,
        List<String> inhibiting, String pinnedTo) {

    public Activity {
        partners = partners == null ? List.of() : List.copyOf(partners);
        stimulating = stimulating == null ? List.of() : List.copyOf(stimulating);
        inhibiting = inhibiting == null ? List.of() : List.copyOf(inhibiting);
    }
}
