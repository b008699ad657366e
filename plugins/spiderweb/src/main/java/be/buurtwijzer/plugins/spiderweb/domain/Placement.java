package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import java.util.Map;

/**
 * One actor in the web: its spoke (sector, from the register), how intensely it collaborates now
 * and how intensely the collaboration needs it to, how it wants to take part, its enthusiasm and
 * the answers of the partner scan.
 */
public record Placement(String actorId, String actorName, Sector sector, Intensity current, Intensity needed,
        Participation participation, Enthusiasm enthusiasm, Map<ScanQuestion, String> scan) {

    public Placement {
        scan = scan == null ? Map.of() : Map.copyOf(scan);
    }

    /** Needed minus current intensity in ring steps: positive means the actor should move inward. */
    public int gap() {
        if (needed == null || current == null) {
            return needed == null ? 0 : needed.level();
        }
        return needed.level() - current.level();
    }
}
