package be.buurtwijzer.plugins.packages.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a team does by hand to the activities of a plan and to the answers about the links between its packages
 * (seed 005, steps 1, 4 and 5), so that nothing is left hanging on an activity or a package that is gone.
 */
public final class PlanEdits {

    /** The lists removing an activity changes. */
    public record WithoutActivity(List<Activity> activities, List<Link> links, List<PackageSetup> packages) {
    }

    private PlanEdits() {
    }

    /** The activity goes, with its links; it leaves its package, and a package left empty goes too. */
    public static WithoutActivity removeActivity(String activityId, List<Activity> activities, List<Link> links,
            List<PackageSetup> packages) {
        List<Activity> newActivities = new ArrayList<>(activities);
        newActivities.removeIf(a -> a.id().equals(activityId));
        List<Link> newLinks = new ArrayList<>(links);
        newLinks.removeIf(l -> l.from().equals(activityId) || l.to().equals(activityId));
        return new WithoutActivity(newActivities, newLinks, withoutEmpty(packages.stream().map(p -> p.withActivities(
                p.activityIds().stream().filter(id -> !id.equals(activityId)).toList())).toList()));
    }

    /**
     * The activity moves to the package called {@code packageName} (at its end), or to none when that is
     * {@code null}; a package left empty goes.
     */
    public static List<PackageSetup> move(String activityId, String packageName, List<PackageSetup> packages) {
        return withoutEmpty(packages.stream().map(p -> {
            List<String> ids = new ArrayList<>(p.activityIds());
            ids.remove(activityId);
            if (p.name().equals(packageName)) {
                ids.add(activityId);
            }
            return p.withActivities(ids);
        }).toList());
    }

    /** The activity pinned to the package it is in now (unpinned when it is in none), or let go of. */
    public static Activity pin(Activity activity, boolean pinned, List<PackageSetup> packages) {
        String in = packages.stream().filter(p -> p.activityIds().contains(activity.id())).map(PackageSetup::name)
                .findFirst().orElse(null);
        return PackageEdits.pinned(activity, pinned ? in : null);
    }

    /** The team's answer about a link between two packages, in place of an earlier answer about the same two. */
    public static List<LinkSetup> answer(LinkSetup answer, List<LinkSetup> linkSetups) {
        List<LinkSetup> answers = new ArrayList<>(linkSetups);
        answers.removeIf(s -> s.concerns(answer.first(), answer.second()));
        answers.add(answer);
        return answers;
    }

    /** The answers that still concern two packages of the plan (a package renamed or merged away leaves some). */
    public static List<LinkSetup> current(List<LinkSetup> linkSetups, List<PackageSetup> packages) {
        Set<String> names = packages.stream().map(PackageSetup::name).collect(Collectors.toSet());
        List<LinkSetup> answers = new ArrayList<>(linkSetups);
        answers.removeIf(s -> !names.contains(s.first()) || !names.contains(s.second()));
        return answers;
    }

    private static List<PackageSetup> withoutEmpty(List<PackageSetup> packages) {
        List<PackageSetup> kept = new ArrayList<>(packages);
        kept.removeIf(p -> p.activityIds().isEmpty());
        return kept;
    }
}
