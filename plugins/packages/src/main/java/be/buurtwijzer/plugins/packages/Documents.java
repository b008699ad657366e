package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import java.util.List;

/** The planner's stored document and the bodies and answers of its operations. */
public final class Documents {

    private Documents() {
    }

    /** kind "plan": one challenge worked through the six steps. */
    public record Plan(String challenge, String description, List<Activity> activities, List<Link> links,
            List<PackageSetup> packages, Reality reality) {

        public Plan {
            activities = activities == null ? List.of() : List.copyOf(activities);
            links = links == null ? List.of() : List.copyOf(links);
            packages = packages == null ? List.of() : List.copyOf(packages);
            reality = reality == null ? new Reality(null, null, List.of()) : reality;
        }
    }

    /** Step 6: stimulating factors to use, inhibiting ones to remove, and the deviations the rest force. */
    public record Reality(String stimulatingToUse, String removableInhibiting, List<Deviation> deviations) {

        public Reality {
            deviations = deviations == null ? List.of() : List.copyOf(deviations);
        }
    }

    /** A deviation from the ideal: which inhibiting factor forces it, what it is, what it causes, how it is absorbed. */
    public record Deviation(String factor, String deviation, String consequence, String absorption) {
    }

    /** {@code version}: for an existing plan, the version it had when it was read (stale → 409, nothing lost). */
    public record PlanInput(String planId, String challenge, String description, List<Activity> activities,
            List<Link> links, List<PackageSetup> packages, Reality reality, Long version) {
    }

    public record PlanRef(String planId) {
    }

    /** A change to a stored plan, made on the version that was read. */
    public record VersionedRef(String planId, Long version) {
    }

    public record SplitRequest(String planId, String packageName) {
    }

    public record None() {
    }

    public record PlanView(String id, long version, Plan plan, PackageAnalysis analysis) {
    }

    public record PlanSummary(String id, String challenge, int activities, int packages) {
    }
}
