package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import be.buurtwijzer.plugins.support.Plural;

/** The seed's rules for packages (003, "Stilstaan bij samenwerken", steps 1–4 of part 2, and the worksheet). */
public final class PackageRules {

    /** "Teams of 6 to 8": above, warn and propose a split; below, note it. */
    public static final int TEAM_MAX = 8;
    public static final int TEAM_MIN = 6;

    private PackageRules() {
    }

    public record Problem(String field, Text message) {
    }

    /** What makes a plan unusable; each problem names the field. */
    public static List<Problem> problems(List<Activity> activities, List<Link> links, List<PackageSetup> packages) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Activity a : activities) {
            if (a.id() == null || a.id().isBlank() || !ids.add(a.id())) {
                problems.add(new Problem("activities", new Text("Elke activiteit heeft een eigen id.",
                        "Every activity needs an id of its own.")));
            }
            if (a.name() == null || a.name().isBlank()) {
                problems.add(new Problem("activities", new Text("Geef elke activiteit een naam.",
                        "Give every activity a name.")));
            }
            if (a.neighbourhoodBound() < 0 || a.neighbourhoodBound() > 3) {
                problems.add(new Problem("activities", new Text("Hoe buurtgebonden: van 0 (niet) tot 3 (helemaal).",
                        "How neighbourhood-bound: from 0 (not) to 3 (entirely).")));
            }
        }
        for (Link l : links) {
            if (!ids.contains(l.from()) || !ids.contains(l.to())) {
                problems.add(new Problem("links", new Text("Een verbinding verwijst naar een activiteit die niet (meer) "
                        + "bestaat: " + (ids.contains(l.from()) ? l.to() : l.from()) + ".",
                        "A link refers to an activity that does not exist (any more): "
                                + (ids.contains(l.from()) ? l.to() : l.from()) + ".")));
            } else if (l.strength() == null) {
                problems.add(new Problem("links", new Text("Geef elke verbinding een sterkte.", "Give every link a strength.")));
            }
        }
        Set<String> placed = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (PackageSetup p : packages) {
            if (p.name() == null || p.name().isBlank() || !names.add(p.name().trim())) {
                problems.add(new Problem("packages", new Text("Elk pakket heeft een eigen naam.",
                        "Every package needs a name of its own.")));
            }
            if (p.activityIds().isEmpty()) {
                problems.add(new Problem("packages", new Text("Het pakket '" + p.name() + "' heeft geen activiteiten.",
                        "The package '" + p.name() + "' has no activities.")));
            }
            Set<String> needed = activities.stream().filter(a -> a.id() != null && p.activityIds().contains(a.id()))
                    .flatMap(a -> a.partners().stream()).collect(Collectors.toSet());
            for (Map.Entry<String, Integer> m : p.members().entrySet()) {
                if (!needed.contains(m.getKey()) || m.getValue() == null || m.getValue() < 1 || m.getValue() > 99) {
                    problems.add(new Problem("packages", new Text("Teamleden per partner: enkel partners van de "
                            + "activiteiten van '" + p.name() + "', elk met 1 tot 99 mensen.", "Team members per partner: "
                            + "only partners of the activities of '" + p.name() + "', each with 1 to 99 people.")));
                    break;
                }
            }
            for (String id : p.activityIds()) {
                if (!ids.contains(id)) {
                    problems.add(new Problem("packages", new Text("Het pakket '" + p.name() + "' bevat een onbekende "
                            + "activiteit: " + id + ".", "The package '" + p.name() + "' holds an unknown activity: "
                            + id + ".")));
                } else if (!placed.add(id)) {
                    problems.add(new Problem("packages", new Text("Een activiteit zit in maar één pakket.",
                            "An activity belongs to one package only.")));
                }
            }
        }
        return problems;
    }

    public static PackageAnalysis analyse(List<Activity> activities, List<Link> links, List<PackageSetup> packages) {
        return analyse(activities, links, packages, List.of(), Map.of());
    }

    /**
     * @param linkSetups the team's answers about the links between packages
     * @param partnerAreas the operating area of each partner (register actor id) where the register knows it
     */
    public static PackageAnalysis analyse(List<Activity> activities, List<Link> links, List<PackageSetup> packages,
            List<LinkSetup> linkSetups, Map<String, Scale> partnerAreas) {
        Map<String, Activity> byId = activities.stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> packageOf = new LinkedHashMap<>();
        packages.forEach(p -> p.activityIds().forEach(id -> packageOf.put(id, p.name())));
        Division division = PackageProposer.evaluate(activities, links, packageOf);
        Map<String, PackageSetup> setups = packages.stream()
                .collect(Collectors.toMap(PackageSetup::name, Function.identity(), (a, b) -> a));
        List<PackageAnalysis.PackageDetails> views = new ArrayList<>();
        List<Text> warnings = new ArrayList<>();
        Map<String, Scale> idealOf = new LinkedHashMap<>();
        for (Division.Part part : division.packages()) {
            PackageSetup setup = setups.get(part.name());
            List<Activity> members = part.activityIds().stream().map(byId::get).toList();
            Scale ideal = members.stream().map(Activity::idealScale).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            if (ideal != null) {
                idealOf.put(part.name(), ideal);
            }
            List<String> partners = members.stream().flatMap(a -> a.partners().stream()).distinct().toList();
            Map<String, Integer> people = setup == null ? Map.of() : setup.members();
            int teamSize = partners.stream().mapToInt(p -> Math.max(1, people.getOrDefault(p, 1))).sum();
            Text teamNote = null;
            Division split = null;
            if (teamSize > TEAM_MAX) {
                split = PackageProposer.propose(members, part.holdingLinks());
                teamNote = new Text(Plural.nlFigure(teamSize, "persoon", "mensen") + " in het team: meer dan "
                        + TEAM_MAX + "; splits het pakket (zie het voorstel) of licht het team toe.",
                        Plural.enFigure(teamSize, "person", "people") + " in the team: more than " + TEAM_MAX
                                + "; split the package (see the proposal) or explain the team.");
                warnings.add(new Text("Pakket '" + part.name() + "': " + teamNote.nl(), "Package '" + part.name()
                        + "': " + teamNote.en()));
            } else if (!partners.isEmpty() && teamSize < TEAM_MIN) {
                teamNote = new Text(Plural.nlFigure(teamSize, "persoon", "mensen") + " in het team: minder dan "
                        + TEAM_MIN + "; dat kan, als alle nodige partners er zijn.", Plural.enFigure(teamSize, "person",
                        "people") + " in the team: fewer than " + TEAM_MIN + "; that is fine when all needed partners "
                        + "are there.");
            }
            Intensity stated = setup == null ? null : setup.intensity();
            Intensity from = stated != null ? stated : part.holdingLinks().stream().map(l -> l.strength().intensity())
                    .min(Comparator.naturalOrder()).orElse(defaultIntensity(partners));
            Intensity to = stated != null ? stated : part.holdingLinks().stream().map(l -> l.strength().intensity())
                    .max(Comparator.naturalOrder()).orElse(defaultIntensity(partners));
            Coordination coordination = setup == null || setup.complex() == null || setup.changeable() == null ? null
                    : Coordination.forChallenge(setup.complex(), setup.changeable());
            List<String> deviations = ideal == null ? List.of() : members.stream()
                    .filter(a -> a.currentScale() != null && a.currentScale() != ideal).map(Activity::id).toList();
            List<PackageRemarks.Remark> remarks = PackageRemarks.of(part.name(), members, ideal, partners, partnerAreas,
                    deviations);
            remarks.stream().filter(PackageRemarks::isWarning).map(PackageRemarks::plain).forEach(warnings::add);
            views.add(new PackageAnalysis.PackageDetails(part.name(), part.activityIds(), ideal, partners, teamNote, split,
                    from, to, coordination, setup == null ? Set.of() : setup.teamDecides(), part.holdingLinks(),
                    part.internalCohesion(), part.externalCohesion(), deviations, stated != null, teamSize,
                    remarks.stream().map(PackageRemarks::plain).toList()));
        }
        List<PackageAnalysis.Between> between = between(division, links, idealOf, linkSetups);
        between.stream().filter(PackageAnalysis.Between::wrongSplit).forEach(b -> warnings.add(new Text(
                "'" + b.first() + "' en '" + b.second() + "' hangen zo sterk samen dat ze samen zouden moeten uitvoeren "
                        + "en op elk niveau samen beslissen: is dit de meest logische opsplitsing?",
                "'" + b.first() + "' and '" + b.second() + "' are linked so strongly that they would have to carry out "
                        + "and decide together at every level: is this the most logical split?")));
        return new PackageAnalysis(division.modularity(), views, between, warnings);
    }

    /**
     * A package of one activity has no internal links to say how intensely its partners work together:
     * with several partners on one activity they at least align it; a partner alone only refers.
     */
    static Intensity defaultIntensity(List<String> partners) {
        return partners.size() > 1 ? Intensity.ALIGN_ACTIVITIES : Intensity.REFER;
    }

    /**
     * Step 5 (003 worksheet): per pair of linked packages, the strongest cross link sets the intensity
     * ("des te hoger de samenhang tussen de pakketten, des te hoger de nodige intensiteit") and the
     * suggested levels to agree on; the team's answer about the link itself sets the coordination
     * ("Is de link tussen pakketten eenvoudig en stabiel? ... Complex en veranderlijk?") and, when
     * given, the levels. Packages whose ideal scales are far apart ({@link Scales#farApart}) agree
     * strategically and at most align: the Stederen/Gemeentegem conclusion that the regional platform
     * is not the place for structural and operational alignment. Such a split is never a wrong split.
     */
    static List<PackageAnalysis.Between> between(Division division, List<Link> links, Map<String, Scale> idealOf,
            List<LinkSetup> linkSetups) {
        Map<String, String> packageOf = new LinkedHashMap<>();
        division.packages().forEach(p -> p.activityIds().forEach(id -> packageOf.put(id, p.name())));
        Map<List<String>, List<Link>> cross = new LinkedHashMap<>();
        for (Link l : links) {
            String a = packageOf.get(l.from());
            String b = packageOf.get(l.to());
            if (a != null && b != null && !a.equals(b)) {
                List<String> pair = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                cross.computeIfAbsent(pair, k -> new ArrayList<>()).add(l);
            }
        }
        List<PackageAnalysis.Between> result = new ArrayList<>();
        for (Map.Entry<List<String>, List<Link>> e : cross.entrySet()) {
            String first = e.getKey().get(0);
            String second = e.getKey().get(1);
            Strength strongest = e.getValue().stream().map(Link::strength).max(Comparator.naturalOrder()).orElseThrow();
            boolean scaleSplit = Scales.farApart(idealOf.get(first), idealOf.get(second));
            Set<Level> suggested = scaleSplit ? EnumSet.of(Level.STRATEGIC) : switch (strongest) {
                case WEAK -> EnumSet.of(Level.STRATEGIC);
                case MEDIUM -> EnumSet.of(Level.STRATEGIC, Level.STRUCTURAL);
                case STRONG -> EnumSet.allOf(Level.class);
            };
            Intensity intensity = strongest.intensity();
            if (scaleSplit && intensity.compareTo(Intensity.ALIGN_ACTIVITIES) > 0) {
                intensity = Intensity.ALIGN_ACTIVITIES;
            }
            LinkSetup answer = linkSetups.stream().filter(s -> s.concerns(first, second)).findFirst().orElse(null);
            Coordination coordination = answer == null || answer.complex() == null || answer.changeable() == null
                    ? null : Coordination.forChallenge(answer.complex(), answer.changeable());
            boolean agreed = answer != null && answer.agreedLevels() != null;
            result.add(new PackageAnalysis.Between(first, second,
                    e.getValue().stream().mapToDouble(l -> l.strength().weight()).sum(), intensity,
                    agreed ? answer.agreedLevels() : suggested, suggested, agreed, coordination,
                    strongest == Strength.STRONG && !scaleSplit, scaleSplit));
        }
        return result;
    }
}
