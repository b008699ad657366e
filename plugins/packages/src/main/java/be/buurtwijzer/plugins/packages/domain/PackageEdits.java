package be.buurtwijzer.plugins.packages.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a team does by hand to the packages of step 4 after the tool proposed them (seed 005): rename or
 * re-answer a package, merge two, split one by the same method. Each edit gives the plan's new lists and
 * keeps what hangs on a package's name (pinned activities, the answers about the links between packages).
 */
public final class PackageEdits {

    /** The lists an edit changes. */
    public record Edited(List<PackageSetup> packages, List<Activity> activities, List<LinkSetup> linkSetups) {
    }

    private PackageEdits() {
    }

    /** Whether {@code package} may be called {@code name}: not empty, and no other package is called so. */
    public static boolean nameFree(String name, PackageSetup setup, List<PackageSetup> packages) {
        String wanted = name == null ? "" : name.trim();
        return !wanted.isEmpty() && (wanted.equals(setup.name())
                || packages.stream().noneMatch(p -> p.name().equals(wanted)));
    }

    /**
     * {@code setup} becomes {@code changed} in its place; when the name changes, activities pinned to it
     * and the answers about its links to other packages follow the new name.
     */
    public static Edited replace(PackageSetup setup, PackageSetup changed, List<PackageSetup> packages,
            List<Activity> activities, List<LinkSetup> linkSetups) {
        if (!nameFree(changed.name(), setup, packages)) {
            throw new IllegalArgumentException("the name '" + changed.name() + "' is empty or taken");
        }
        String from = setup.name();
        String to = changed.name();
        List<PackageSetup> newPackages = new ArrayList<>(packages);
        newPackages.set(packages.indexOf(setup), changed);
        List<Activity> newActivities = activities.stream().map(a -> from.equals(a.pinnedTo()) ? pinned(a, to) : a)
                .toList();
        List<LinkSetup> newLinks = linkSetups.stream().map(s -> new LinkSetup(s.first().equals(from) ? to : s.first(),
                s.second().equals(from) ? to : s.second(), s.complex(), s.changeable(), s.agreedLevels())).toList();
        return new Edited(newPackages, newActivities, newLinks);
    }

    /** {@code other}'s activities join {@code into}, which keeps its name, place and answers; {@code other} goes. */
    public static List<PackageSetup> merge(PackageSetup into, PackageSetup other, List<PackageSetup> packages) {
        List<String> ids = new ArrayList<>(into.activityIds());
        ids.addAll(other.activityIds());
        List<PackageSetup> merged = new ArrayList<>(packages);
        merged.set(merged.indexOf(into), into.withActivities(ids));
        merged.remove(other);
        return merged;
    }

    /**
     * A division of one package by the method that proposed the packages (e.g. a team above eight
     * partners): its own activities, unpinned, and only the links inside it.
     */
    public static Division splitProposal(PackageSetup setup, List<Activity> activities, List<Link> links) {
        Set<String> members = Set.copyOf(setup.activityIds());
        return PackageProposer.propose(activities.stream().filter(a -> members.contains(a.id())).map(a -> pinned(a, null))
                .toList(), links.stream().filter(l -> members.contains(l.from()) && members.contains(l.to())).toList());
    }

    /** The package replaced in its place by the parts of {@code parts}, named after it with A, B, C … */
    public static List<PackageSetup> split(PackageSetup setup, Division parts, List<PackageSetup> packages) {
        List<PackageSetup> split = new ArrayList<>(packages);
        int at = split.indexOf(setup);
        split.remove(at);
        int n = 0;
        for (Division.Part part : parts.packages()) {
            String name = setup.name() + (parts.packages().size() == 1 ? "" : " " + (char) ('A' + n));
            split.add(at + n, setup.named(name).withActivities(part.activityIds()));
            n++;
        }
        return split;
    }

    /** The activity pinned to a package by name, or unpinned ({@code null}). */
    public static Activity pinned(Activity a, String packageName) {
        return new Activity(a.id(), a.name(), a.existing(), a.idealScale(), a.currentScale(), a.scaleReason(),
                a.neighbourhoodBound(), a.partners(), a.stimulating(), a.inhibiting(), packageName);
    }
}
