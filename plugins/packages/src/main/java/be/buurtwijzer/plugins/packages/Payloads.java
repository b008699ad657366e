package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugins.packages.Documents.Reality;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.LinkSetup;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import java.util.List;

/** What the planner's operations take and answer (JSON-B needs one constructor per record). */
public final class Payloads {

    private Payloads() {
    }

    /** {@code version}: for an existing plan, the version it had when it was read (stale → 409, nothing lost). */
    public record PlanInput(String planId, String challenge, String description, List<Activity> activities,
            List<Link> links, List<PackageSetup> packages, Reality reality, String connections, String shortTermGoals,
            String longTermGoals, List<LinkSetup> linkSetups, Long version) {
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

    public record PlanDetails(String id, long version, Documents.Plan plan, PackageAnalysis analysis) {
    }

    public record PlanSummary(String id, String challenge, int activities, int packages) {
    }
}
