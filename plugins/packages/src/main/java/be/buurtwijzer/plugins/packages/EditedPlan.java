package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.LinkSetup;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageRules;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as the planner page edits it, in memory until it is saved: the steps change its fields and lists in
 * place, the page turns it into the operation's input (and into a draft).
 */
final class EditedPlan {

    String challenge = "";
    String description = "";
    List<Activity> activities = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<PackageSetup> packages = new ArrayList<>();
    Documents.Reality reality = new Documents.Reality(null, null, List.of());
    String connections = "";
    String shortTermGoals = "";
    String longTermGoals = "";
    List<LinkSetup> linkSetups = new ArrayList<>();

    /** The plan's fields as stored, or empty ones for a new plan. */
    void fill(Documents.Plan plan) {
        challenge = plan == null ? "" : plan.challenge();
        description = plan == null || plan.description() == null ? "" : plan.description();
        activities = plan == null ? new ArrayList<>() : new ArrayList<>(plan.activities());
        links = plan == null ? new ArrayList<>() : new ArrayList<>(plan.links());
        packages = plan == null ? new ArrayList<>() : new ArrayList<>(plan.packages());
        reality = plan == null ? new Documents.Reality(null, null, List.of()) : plan.reality();
        connections = plan == null || plan.connections() == null ? "" : plan.connections();
        shortTermGoals = plan == null || plan.shortTermGoals() == null ? "" : plan.shortTermGoals();
        longTermGoals = plan == null || plan.longTermGoals() == null ? "" : plan.longTermGoals();
        linkSetups = plan == null ? new ArrayList<>() : new ArrayList<>(plan.linkSetups());
    }

    Payloads.PlanInput input(String planId, Long planVersion) {
        return new Payloads.PlanInput(planId, challenge, description, activities, links, packages, reality,
                connections, shortTermGoals, longTermGoals, linkSetups, planVersion);
    }

    /** The figures of step 4 and 5, or null while the packages break a rule. */
    PackageAnalysis analysis(List<RegisterReader.Actor> actors) {
        return PackageRules.problems(activities, links, packages).isEmpty() ? PackageRules.analyse(activities, links,
                packages, linkSetups, PlannerService.partnerAreas(actors)) : null;
    }

    String name(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).map(Activity::name).findFirst()
                .orElse(activityId);
    }

    /** The activity as it is now (a row of a grid may show it as it was drawn). */
    Activity latest(Activity a) {
        return activities.stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(a);
    }

    void replace(Activity old, Activity now) {
        activities.set(activities.indexOf(old), now);
    }
}
