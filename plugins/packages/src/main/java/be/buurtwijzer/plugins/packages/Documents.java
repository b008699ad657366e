package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.LinkSetup;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import java.util.List;

/** The planner's stored document (kind "plan"); what its operations take and answer is in {@link Payloads}. */
public final class Documents {

    private Documents() {
    }

    /**
     * kind "plan": one challenge worked through the six steps.
     *
     * @param connections step 1: how the challenge connects to others (e.g. positive health, the social
     *     determinants of health)
     * @param shortTermGoals step 1: what the approach should reach soon
     * @param longTermGoals step 1: what it should reach in the long run
     * @param linkSetups step 5: the team's answers about each link between two packages
     */
    public record Plan(String challenge, String description, List<Activity> activities, List<Link> links,
            List<PackageSetup> packages, Reality reality, String connections, String shortTermGoals,
            String longTermGoals, List<LinkSetup> linkSetups) {

        public Plan {
            activities = activities == null ? List.of() : List.copyOf(activities);
            links = links == null ? List.of() : List.copyOf(links);
            packages = packages == null ? List.of() : List.copyOf(packages);
            reality = reality == null ? new Reality(null, null, List.of()) : reality;
            linkSetups = linkSetups == null ? List.of() : List.copyOf(linkSetups);
        }

        /** A plan without the step 1 and 5 answers (a factory: JSON-B reads a record through its only constructor). */
        public static Plan of(String challenge, String description, List<Activity> activities, List<Link> links,
                List<PackageSetup> packages, Reality reality) {
            return new Plan(challenge, description, activities, links, packages, reality, null, null, null, List.of());
        }

        /** The same plan with other packages (and the link answers that still concern two of them). */
        public Plan withPackages(List<PackageSetup> newPackages) {
            java.util.Set<String> names = newPackages.stream().map(PackageSetup::name)
                    .collect(java.util.stream.Collectors.toSet());
            return new Plan(challenge, description, activities, links, newPackages, reality, connections,
                    shortTermGoals, longTermGoals, linkSetups.stream()
                            .filter(s -> names.contains(s.first()) && names.contains(s.second())).toList());
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
}
