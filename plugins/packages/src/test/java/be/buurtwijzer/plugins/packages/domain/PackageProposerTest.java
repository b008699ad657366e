package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

public class PackageProposerTest {

    private static Activity a(String id, String pin) {
        return new Activity(id, id, false, Scale.MUNICIPALITY, null, null, 0, List.of(), List.of(), List.of(), pin);
    }

    /** Random graphs of n activities with on average 5 links each (80 % local); the benchmark uses them too. */
    public static List<Link> randomLinks(int n, long seed) {
        Random random = new Random(seed);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n * 5 / 2; i++) {
            int from = random.nextInt(n);
            // mostly local links, so there is structure to find
            int to = random.nextDouble() < 0.8 ? Math.floorMod(from + random.nextInt(11) - 5, n) : random.nextInt(n);
            links.add(new Link("a" + from, "a" + to, Strength.values()[random.nextInt(3)]));
        }
        return links;
    }

    public static List<Activity> activities(int n) {
        return IntStream.range(0, n).mapToObj(i -> a("a" + i, null)).toList();
    }

    @Test
    void theProposalIsDeterministicAndNeverWorseThanOnePackageOrAllAlone() {
        for (int n : new int[] {10, 50, 200}) {
            List<Activity> activities = activities(n);
            List<Link> links = randomLinks(n, n);
            Division first = PackageProposer.propose(activities, links);
            Division second = PackageProposer.propose(activities, links);
            assertEquals(first, second, "same input, same proposal");
            ActivityGraph graph = new ActivityGraph(activities.stream().map(Activity::id).toList(), links);
            int[] alone = IntStream.range(0, n).toArray();
            assertTrue(first.modularity() >= graph.modularity(new int[n]), "not worse than one package");
            assertTrue(first.modularity() >= graph.modularity(alone), "not worse than every activity alone");
            if (n >= 50) {
                assertTrue(first.modularity() > 0.3, "local links give structure to find: " + first.modularity());
            }
        }
    }

    @Test
    void pinnedActivitiesStayInTheirPackage() {
        List<Activity> activities = new ArrayList<>(activities(30));
        activities.set(0, a("a0", "Team Noord"));
        activities.set(15, a("a15", "Team Noord"));
        activities.set(7, a("a7", "Team Zuid"));
        Division division = PackageProposer.propose(activities, randomLinks(30, 7));
        var noord = division.packages().stream().filter(p -> p.name().equals("Team Noord")).findFirst().orElseThrow();
        assertTrue(noord.activityIds().containsAll(List.of("a0", "a15")), noord.toString());
        assertTrue(!noord.activityIds().contains("a7"));
        assertTrue(division.packages().stream().anyMatch(p -> p.name().equals("Team Zuid")
                && p.activityIds().contains("a7")));
    }

    @Test
    void emptySingleDisconnectedAndSelfLinkedGraphsAreHandled() {
        assertEquals(new Division(List.of(), 0), PackageProposer.propose(List.of(), List.of()));
        Division one = PackageProposer.propose(List.of(a("x", null)), List.of(new Link("x", "x", Strength.STRONG)));
        assertEquals(1, one.packages().size());
        assertEquals(0, one.modularity());
        Division loose = PackageProposer.propose(activities(4), List.of());
        assertEquals(4, loose.packages().size(), "activities without links stay apart");
        Division twoIslands = PackageProposer.propose(activities(4), List.of(new Link("a0", "a1", Strength.STRONG),
                new Link("a2", "a3", Strength.WEAK), new Link("a2", "a2", Strength.STRONG)));
        assertEquals(Set.of(Set.of("a0", "a1"), Set.of("a2", "a3")), Set.copyOf(twoIslands.packages().stream()
                .map(p -> Set.copyOf(p.activityIds())).toList()));
        // (3/4 − (6/8)²) + (1/4 − (2/8)²)
        assertEquals(0.375, twoIslands.modularity(), 1e-9);
    }

    @Test
    void eachPackageIsExplainedByTheLinksThatHoldItTogether() {
        Division division = PackageProposer.propose(SeedPlans.MARIA, SeedPlans.MARIA_LINKS);
        var kine = division.packages().stream().filter(p -> p.activityIds().contains("kinesitherapie")).findFirst()
                .orElseThrow();
        assertEquals(List.of(new Link("kinesitherapie", "kleine aanpassingen aan huis", Strength.STRONG)),
                kine.holdingLinks());
        assertEquals(3, kine.internalCohesion());
        assertEquals(1, kine.externalCohesion(), "the weak link with hygienic care");
    }

    private static ActivityGraph graph(List<Activity> activities, List<Link> links) {
        return new ActivityGraph(activities.stream().map(Activity::id).toList(), links);
    }

    /** A pin's activities get a package of their own; an unpinned one in their package follows the pin it links to most. */
    @Test
    void pinsTakeTheirActivitiesAndTheMostLinkedUnpinnedOnes() {
        List<Activity> activities = List.of(a("a0", "A"), a("a1", " B "), a("a2", null), a("a3", null), a("a4", null));
        List<Link> links = List.of(new Link("a2", "a1", Strength.STRONG), new Link("a2", "a0", Strength.WEAK),
                new Link("a3", "a4", Strength.MEDIUM));
        int[] result = PackageProposer.withPins(new int[] {0, 0, 0, 1, 1}, activities, graph(activities, links));
        // the pins get the numbers after the highest cluster (1): A → 2, B → 3; a2 follows B (strong beats weak)
        assertEquals(List.of(2, 3, 3, 1, 1), IntStream.of(result).boxed().toList());
    }

    @Test
    void anUnpinnedActivityFollowsNoPinOfAnotherPackageAndNoPinItIsNotLinkedTo() {
        List<Activity> activities = List.of(a("a0", "A"), a("a1", null), a("a2", null), a("a3", null));
        // a1 is linked to the pin but sits in another Leiden package; a2 shares the pin's package but has no link to it
        List<Link> links = List.of(new Link("a1", "a0", Strength.STRONG), new Link("a2", "a3", Strength.WEAK));
        int[] result = PackageProposer.withPins(new int[] {0, 1, 0, 0}, activities, graph(activities, links));
        assertEquals(List.of(2, 1, 0, 0), IntStream.of(result).boxed().toList());
    }

    @Test
    void aTieBetweenTwoPinsGoesToTheFirstPin() {
        List<Activity> activities = List.of(a("a0", "A"), a("a1", "B"), a("a2", null));
        List<Link> links = List.of(new Link("a2", "a0", Strength.MEDIUM), new Link("a2", "a1", Strength.MEDIUM));
        int[] result = PackageProposer.withPins(new int[] {0, 0, 0}, activities, graph(activities, links));
        assertEquals(List.of(1, 2, 1), IntStream.of(result).boxed().toList());
    }

    /** Two pins are never merged into one package, even when one package would score better. */
    @Test
    void twoPinsNeverEndInOnePackage() {
        List<Activity> activities = List.of(a("a0", "A"), a("a1", "B"));
        Division division = PackageProposer.propose(activities, List.of(new Link("a0", "a1", Strength.STRONG)));
        assertEquals(List.of("A", "B"), division.packages().stream().map(Division.Part::name).toList());
        assertEquals(-0.5, division.modularity(), 1e-9, "worse than one package (0), but the pins hold");
        Division onePin = PackageProposer.propose(List.of(a("a0", "A"), a("a1", null)),
                List.of(new Link("a0", "a1", Strength.STRONG)));
        assertEquals(1, onePin.packages().size(), "with one pin, one package is allowed");
    }

    @Test
    void evaluatingTheUsersOwnDivisionNamesItsPackagesAndCountsTheRestAlone() {
        List<Activity> activities = activities(4);
        List<Link> links = List.of(new Link("a0", "a1", Strength.STRONG), new Link("a2", "a3", Strength.STRONG),
                new Link("a1", "a2", Strength.WEAK));
        Division own = PackageProposer.evaluate(activities, links, java.util.Map.of("a0", "Noord", "a1", "Noord",
                "a2", "Zuid"));
        assertEquals(List.of("Noord", "Zuid", "Pakket 3"), own.packages().stream().map(Division.Part::name).toList());
        // m = 7: Noord (3/7 − (7/14)²) + Zuid (0 − (4/14)²) + {a3} (0 − (3/14)²)
        assertEquals(3.0 / 7 - 0.25 - Math.pow(4.0 / 14, 2) - Math.pow(3.0 / 14, 2), own.modularity(), 1e-9);
        assertEquals(3.0, own.packages().get(0).internalCohesion(), 1e-9);
        assertEquals(1.0, own.packages().get(0).externalCohesion(), 1e-9);
    }

    @Test
    void pinsSharedByTwoActivitiesAreKeptEvenWhenEveryActivityAloneWouldScoreHigher() {
        // every link runs between the two pins, so "every activity alone" has the higher modularity,
        // but it would split both pins
        List<Activity> activities = List.of(a("a0", "P"), a("a1", "P"), a("a2", "Q"), a("a3", "Q"));
        List<Link> links = List.of(new Link("a0", "a2", Strength.STRONG), new Link("a1", "a3", Strength.STRONG));
        ActivityGraph graph = new ActivityGraph(List.of("a0", "a1", "a2", "a3"), links);
        assertTrue(graph.modularity(new int[] {0, 1, 2, 3}) > graph.modularity(new int[] {0, 0, 1, 1}));
        Division division = PackageProposer.propose(activities, links);
        assertEquals(Set.of(Set.of("a0", "a1"), Set.of("a2", "a3")), Set.copyOf(division.packages().stream()
                .map(p -> Set.copyOf(p.activityIds())).toList()));
    }

    @Test
    void unpinnedActivitiesDoNotCountAsASharedPin() {
        // two distinct pins and two unpinned activities without links: every activity stays alone
        List<Activity> activities = List.of(a("a0", "P"), a("a1", "Q"), a("a2", null), a("a3", " "),
                a("a4", null), a("a5", " "));
        List<Link> links = List.of(new Link("a0", "a1", Strength.STRONG));
        Division division = PackageProposer.propose(activities, links);
        assertEquals(6, division.packages().size(), division.toString());
    }
}
