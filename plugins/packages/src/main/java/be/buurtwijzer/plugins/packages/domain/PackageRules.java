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
                problems.add(new Problem("links", new Text("Een link verwijst naar een activiteit die niet (meer) "
                        + "bestaat: " + (ids.contains(l.from()) ? l.to() : l.from()) + ".",
                        "A link refers to an activity that does not exist (any more): "
                                + (ids.contains(l.from()) ? l.to() : l.from()) + ".")));
            } else if (l.strength() == null) {
                problems.add(new Problem("links", new Text("Geef elke link een sterkte.", "Give every link a strength.")));
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
        Map<String, Activity> byId = activities.stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> packageOf = new LinkedHashMap<>();
        packages.forEach(p -> p.activityIds().forEach(id -> packageOf.put(id, p.name())));
        Division division = PackageProposer.evaluate(activities, links, packageOf);
        Map<String, PackageSetup> setups = packages.stream()
                .collect(Collectors.toMap(PackageSetup::name, Function.identity(), (a, b) -> a));
        List<PackageAnalysis.PackageView> views = new ArrayList<>();
        List<Text> warnings = new ArrayList<>();
        for (Division.Part part : division.packages()) {
            PackageSetup setup = setups.get(part.name());
            List<Activity> members = part.activityIds().stream().map(byId::get).toList();
            Scale ideal = members.stream().map(Activity::idealScale).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            List<String> partners = members.stream().flatMap(a -> a.partners().stream()).distinct().toList();
            Text teamNote = null;
            Division split = null;
            if (partners.size() > TEAM_MAX) {
                split = PackageProposer.propose(members, part.holdingLinks());
                teamNote = new Text(partners.size() + " partners: meer dan " + TEAM_MAX + "; splits het pakket (zie het "
                        + "voorstel) of licht het team toe.", partners.size() + " partners: more than " + TEAM_MAX
                        + "; split the package (see the proposal) or explain the team.");
                warnings.add(new Text("Pakket '" + part.name() + "': " + teamNote.nl(), "Package '" + part.name()
                        + "': " + teamNote.en()));
            } else if (!partners.isEmpty() && partners.size() < TEAM_MIN) {
                teamNote = new Text(partners.size() + " partners: minder dan " + TEAM_MIN + "; dat kan, als alle nodige "
                        + "partners er zijn.", partners.size() + " partners: fewer than " + TEAM_MIN
                        + "; that is fine when all needed partners are there.");
            }
            Intensity from = part.holdingLinks().stream().map(l -> l.strength().intensity())
                    .min(Comparator.naturalOrder()).orElse(Intensity.REFER);
            Intensity to = part.holdingLinks().stream().map(l -> l.strength().intensity())
                    .max(Comparator.naturalOrder()).orElse(Intensity.REFER);
            Coordination coordination = setup == null || setup.complex() == null || setup.changeable() == null ? null
                    : Coordination.forChallenge(setup.complex(), setup.changeable());
            List<String> deviations = ideal == null ? List.of() : members.stream()
                    .filter(a -> a.currentScale() != null && a.currentScale() != ideal).map(Activity::id).toList();
            views.add(new PackageAnalysis.PackageView(part.name(), part.activityIds(), ideal, partners, teamNote, split,
                    from, to, coordination, setup == null ? Set.of() : setup.teamDecides(), part.holdingLinks(),
                    part.internalCohesion(), part.externalCohesion(), deviations));
        }
        List<PackageAnalysis.Between> between = between(division, links, setups);
        between.stream().filter(PackageAnalysis.Between::wrongSplit).forEach(b -> warnings.add(new Text(
                "'" + b.first() + "' en '" + b.second() + "' hangen zo sterk samen dat ze samen zouden moeten uitvoeren "
                        + "en op elk niveau samen beslissen: is dit de meest logische opsplitsing?",
                "'" + b.first() + "' and '" + b.second() + "' are linked so strongly that they would have to carry out "
                        + "and decide together at every level: is this the most logical split?")));
        return new PackageAnalysis(division.modularity(), views, between, warnings);
    }

    /** Step 5: per pair of linked packages, the strongest cross link sets intensity and the levels to agree on. */
    static List<PackageAnalysis.Between> between(Division division, List<Link> links, Map<String, PackageSetup> setups) {
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
            Strength strongest = e.getValue().stream().map(Link::strength).max(Comparator.naturalOrder()).orElseThrow();
            Set<Level> agree = switch (strongest) {
                case WEAK -> EnumSet.of(Level.STRATEGIC);
                case MEDIUM -> EnumSet.of(Level.STRATEGIC, Level.STRUCTURAL);
                case STRONG -> EnumSet.allOf(Level.class);
            };
            PackageSetup first = setups.get(e.getKey().get(0));
            PackageSetup second = setups.get(e.getKey().get(1));
            boolean demanding = isDemanding(first) || isDemanding(second);
            result.add(new PackageAnalysis.Between(e.getKey().get(0), e.getKey().get(1),
                    e.getValue().stream().mapToDouble(l -> l.strength().weight()).sum(), strongest.intensity(), agree,
                    demanding ? Coordination.DECENTRAL : Coordination.HIERARCHICAL, strongest == Strength.STRONG));
        }
        return result;
    }

    private static boolean isDemanding(PackageSetup setup) {
        return setup != null && (Boolean.TRUE.equals(setup.complex()) || Boolean.TRUE.equals(setup.changeable()));
    }
}
