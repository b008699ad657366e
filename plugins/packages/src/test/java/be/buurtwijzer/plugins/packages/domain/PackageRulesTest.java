package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageRulesTest {

    private static Activity a(String id, String... partners) {
        return new Activity(id, id, false, Scale.MUNICIPALITY, null, null, 0, List.of(partners), List.of(), List.of(),
                null);
    }

    @Test
    void aTeamAboveEightPartnersGetsAWarningAndAProposedSplitBelowSixANote() {
        List<Activity> big = List.of(a("a", "p1", "p2", "p3"), a("b", "p4", "p5"), a("c", "p6", "p7"), a("d", "p8", "p9"));
        List<Link> links = List.of(new Link("a", "b", Strength.STRONG), new Link("c", "d", Strength.STRONG),
                new Link("b", "c", Strength.WEAK));
        PackageAnalysis analysis = PackageRules.analyse(big, links, List.of(PackageSetup.of("Alles",
                List.of("a", "b", "c", "d"), false, false, Set.of())));
        var all = analysis.packages().get(0);
        assertEquals(9, all.partners().size());
        assertTrue(all.teamSizeNote().en().contains("more than 8"), all.teamSizeNote().en());
        assertNotNull(all.splitProposal());
        assertEquals(Set.of(Set.of("a", "b"), Set.of("c", "d")), Set.copyOf(all.splitProposal().packages().stream()
                .map(p -> Set.copyOf(p.activityIds())).toList()));
        assertEquals(1, analysis.warnings().size());
        assertEquals(Intensity.SHARE_INFORMATION, all.intensityFrom());
        assertEquals(Intensity.CARRY_OUT_TOGETHER, all.intensityTo());
        assertEquals(Coordination.HIERARCHICAL, all.coordination(), "simple and stable");

        var small = PackageRules.analyse(List.of(a("x", "p1", "p2")), List.of(), List.of(PackageSetup.of("Klein",
                List.of("x"), null, null, Set.of()))).packages().get(0);
        assertTrue(small.teamSizeNote().nl().contains("minder dan 6"));
        assertNull(small.splitProposal());
        assertNull(small.coordination(), "unanswered questions give no coordination yet");
        assertEquals(Intensity.ALIGN_ACTIVITIES, small.intensityTo(), "two partners on one activity at least align it");
        assertEquals(false, small.intensityStated());
        var alone = PackageRules.analyse(List.of(a("x", "p1")), List.of(), List.of(PackageSetup.of("Alleen",
                List.of("x"), null, null, Set.of()))).packages().get(0);
        assertEquals(Intensity.REFER, alone.intensityTo(), "one partner on its own refers");
        var stated = PackageRules.analyse(List.of(a("x", "p1", "p2")), List.of(), List.of(new PackageSetup("Samen",
                List.of("x"), null, null, Set.of(), Intensity.CARRY_OUT_TOGETHER, null))).packages().get(0);
        assertEquals(Intensity.CARRY_OUT_TOGETHER, stated.intensityFrom());
        assertEquals(Intensity.CARRY_OUT_TOGETHER, stated.intensityTo(), "the team's own answer counts");
        assertTrue(stated.intensityStated());
    }

    @Test
    void applyingAProposalGivesANewNameToAPackageThatKeepsOnlyAMinorityOfAnOldOne() {
        Division proposal = PackageProposer.propose(SeedPlans.MARIA, SeedPlans.MARIA_LINKS);
        // an old package of four activities of which the proposal keeps one together with kinesitherapy
        List<PackageSetup> current = List.of(SeedPlans.setup("Alles thuis", List.of("kinesitherapie", "huishoudhulp",
                "hygiënische zorgen", "gezelschap"), true, true, Level.STRATEGIC));
        List<PackageSetup> adopted = Adoption.adopt(proposal, current);
        var kine = adopted.stream().filter(p -> p.activityIds().contains("kinesitherapie")).findFirst().orElseThrow();
        assertTrue(!kine.name().equals("Alles thuis") || kine.activityIds().size() >= 3, adopted.toString());
        var home = adopted.stream().filter(p -> p.activityIds().contains("huishoudhulp")).findFirst().orElseThrow();
        assertEquals("Alles thuis", home.name(), "the package that keeps most of it keeps its name: " + adopted);
        assertEquals(Set.of(Level.STRATEGIC), home.teamDecides());
        assertEquals(List.of(home), adopted.stream().filter(p -> p.name().equals("Alles thuis")).toList());
    }

    @Test
    void theTeamSizeCountsPeopleNotOrganisations() {
        Activity one = new Activity("x", "x", false, Scale.MUNICIPALITY, null, null, 0, List.of("p1", "p2", "p3"),
                List.of(), List.of(), null);
        var three = PackageRules.analyse(List.of(one), List.of(), List.of(PackageSetup.of("P", List.of("x"), null,
                null, Set.of()))).packages().get(0);
        assertEquals(3, three.teamSize(), "one person per partner when nothing is said");
        assertTrue(three.teamSizeNote().nl().startsWith("3 mensen in het team: minder dan 6"), three.teamSizeNote().nl());
        var nine = PackageRules.analyse(List.of(one), List.of(), List.of(new PackageSetup("P", List.of("x"), null, null,
                Set.of(), null, java.util.Map.of("p1", 4, "p2", 3)))).packages().get(0);
        assertEquals(8, nine.teamSize());
        assertNull(nine.teamSizeNote(), "eight people from three partners is one team");
        var ten = PackageRules.analyse(List.of(one), List.of(), List.of(new PackageSetup("P", List.of("x"), null, null,
                Set.of(), null, java.util.Map.of("p1", 5, "p2", 4)))).packages().get(0);
        assertEquals(10, ten.teamSize());
        assertTrue(ten.teamSizeNote().en().startsWith("10 people in the team: more than 8"), ten.teamSizeNote().en());
        assertEquals(List.of("packages"), PackageRules.problems(List.of(one), List.of(), List.of(new PackageSetup("P",
                List.of("x"), null, null, Set.of(), null, java.util.Map.of("stranger", 2)))).stream()
                .map(PackageRules.Problem::field).toList(), "members only of the package's own partners");
        assertEquals(List.of("packages"), PackageRules.problems(List.of(one), List.of(), List.of(new PackageSetup("P",
                List.of("x"), null, null, Set.of(), null, java.util.Map.of("p1", 0)))).stream()
                .map(PackageRules.Problem::field).toList(), "at least one person");
    }

    @Test
    void badPlansAreNamedByTheirField() {
        List<Activity> activities = List.of(a("a"), a("b"));
        assertEquals(List.of("links"), PackageRules.problems(activities, List.of(new Link("a", "gone", Strength.WEAK)),
                List.of()).stream().map(PackageRules.Problem::field).toList());
        assertEquals(List.of("packages"), PackageRules.problems(activities, List.of(), List.of(
                PackageSetup.of("Leeg", List.of(), null, null, Set.of()))).stream()
                .map(PackageRules.Problem::field).toList());
        assertEquals(List.of("packages"), PackageRules.problems(activities, List.of(), List.of(
                PackageSetup.of("Een", List.of("a"), null, null, Set.of()),
                PackageSetup.of("Twee", List.of("a", "b"), null, null, Set.of()))).stream()
                .map(PackageRules.Problem::field).toList(), "an activity in two packages");
        assertTrue(PackageRules.problems(activities, List.of(new Link("a", "b", Strength.MEDIUM)), List.of()).isEmpty());
    }

    @Test
    void applyingAProposalKeepsTheNamesAndAnswersOfPackagesThatStayMostlyTheSame() {
        Division proposal = PackageProposer.propose(SeedPlans.MARIA, SeedPlans.MARIA_LINKS);
        List<PackageSetup> current = List.of(SeedPlans.setup("Kine en aanpassingen", List.of("kinesitherapie"), true,
                false, Level.OPERATIONAL));
        List<PackageSetup> adopted = Adoption.adopt(proposal, current);
        var kine = adopted.stream().filter(p -> p.activityIds().contains("kinesitherapie")).findFirst().orElseThrow();
        assertEquals("Kine en aanpassingen", kine.name());
        assertEquals(Boolean.TRUE, kine.complex());
        assertEquals(Set.of(Level.OPERATIONAL), kine.teamDecides());
        assertEquals(2, adopted.stream().map(PackageSetup::name).distinct().count());
    }

    private static List<String> partners(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "p" + i).toList();
    }

    private static PackageAnalysis.PackageDetails team(int partners) {
        Activity one = new Activity("x", "x", false, Scale.MUNICIPALITY, null, null, 0, partners(partners), List.of(),
                List.of(), null);
        return PackageRules.analyse(List.of(one), List.of(), List.of(PackageSetup.of("P", List.of("x"), null, null,
                Set.of()))).packages().get(0);
    }

    /** The seed's team: eight partners is still one team, nine is not; six is enough, five gets a note. */
    @Test
    void theTeamSizeRuleAtItsEdges() {
        assertNull(team(8).teamSizeNote(), "eight is fine");
        assertNull(team(8).splitProposal());
        assertTrue(team(9).teamSizeNote().en().contains("more than 8"));
        assertNull(team(6).teamSizeNote(), "six is fine");
        assertTrue(team(5).teamSizeNote().en().contains("fewer than 6"));
        assertNull(team(0).teamSizeNote(), "no partners yet: nothing to say about the team");
    }

    @Test
    void howNeighbourhoodBoundIsFromZeroToThree() {
        for (int bound : new int[] {0, 3}) {
            assertTrue(PackageRules.problems(List.of(new Activity("a", "A", false, null, null, null, bound, List.of(),
                    List.of(), List.of(), null)), List.of(), List.of()).isEmpty(), "bound " + bound);
        }
        for (int bound : new int[] {-1, 4}) {
            assertEquals(List.of("activities"), PackageRules.problems(List.of(new Activity("a", "A", false, null, null,
                    null, bound, List.of(), List.of(), List.of(), null)), List.of(), List.of()).stream()
                    .map(PackageRules.Problem::field).toList(), "bound " + bound);
        }
    }

    @Test
    void aLinkNamesTheActivityThatIsGoneAndNeedsAStrength() {
        List<Activity> activities = List.of(a("a"), a("b"));
        assertTrue(PackageRules.problems(activities, List.of(new Link("gone", "a", Strength.WEAK)), List.of()).get(0)
                .message().en().endsWith("gone."));
        assertTrue(PackageRules.problems(activities, List.of(new Link("a", "weg", Strength.WEAK)), List.of()).get(0)
                .message().en().endsWith("weg."));
        assertEquals("Give every link a strength.", PackageRules.problems(activities, List.of(new Link("a", "b", null)),
                List.of()).get(0).message().en());
    }

    /** Step 5: the strongest link between two packages sets what they agree on; weight is the sum of the links. */
    @Test
    void betweenPackagesTheStrongestLinkDecides() {
        List<Activity> activities = List.of(a("a"), a("b"), a("c"), a("d"));
        List<PackageSetup> packages = List.of(PackageSetup.of("Een", List.of("a", "b"), false, false, Set.of()),
                PackageSetup.of("Twee", List.of("c"), false, true, Set.of()));
        var weak = PackageRules.analyse(activities.subList(0, 3), List.of(new Link("a", "b", Strength.STRONG),
                new Link("b", "c", Strength.WEAK), new Link("a", "c", Strength.WEAK)), packages).between();
        assertEquals(1, weak.size(), "a link inside a package is not between packages: " + weak);
        assertEquals("Een", weak.get(0).first());
        assertEquals("Twee", weak.get(0).second());
        assertEquals(2.0, weak.get(0).weight(), 1e-9);
        assertEquals(Intensity.SHARE_INFORMATION, weak.get(0).intensity());
        assertEquals(Set.of(Level.STRATEGIC), weak.get(0).mutualAgreement());
        assertNull(weak.get(0).coordination(), "the packages' own complexity does not answer for the link");
        assertEquals(false, weak.get(0).agreedByTeam());
        var answered = PackageRules.analyse(activities.subList(0, 3), List.of(new Link("a", "b", Strength.STRONG),
                new Link("b", "c", Strength.WEAK)), packages, List.of(new LinkSetup("Twee", "Een", true, false,
                Set.of(Level.STRATEGIC, Level.OPERATIONAL))), java.util.Map.of()).between().get(0);
        assertEquals(Coordination.DECENTRAL, answered.coordination(), "a complex link: decentral");
        assertEquals(Set.of(Level.STRATEGIC, Level.OPERATIONAL), answered.mutualAgreement(), "the team's answer");
        assertEquals(Set.of(Level.STRATEGIC), answered.suggestedAgreement(), "the tool's suggestion stays visible");
        assertTrue(answered.agreedByTeam());
        var simple = PackageRules.analyse(activities.subList(0, 3), List.of(new Link("b", "c", Strength.WEAK)),
                packages, List.of(new LinkSetup("Een", "Twee", false, false, null)), java.util.Map.of()).between().get(0);
        assertEquals(Coordination.HIERARCHICAL, simple.coordination(), "a simple and stable link: hierarchical possible");
        assertEquals(false, simple.agreedByTeam(), "no levels answered: the suggestion counts");
        assertTrue(!weak.get(0).wrongSplit());
        var medium = PackageRules.analyse(activities, List.of(new Link("a", "c", Strength.MEDIUM)), List.of(
                PackageSetup.of("Een", List.of("a"), false, false, Set.of()),
                PackageSetup.of("Twee", List.of("c"), false, false, Set.of()))).between().get(0);
        assertEquals(Set.of(Level.STRATEGIC, Level.STRUCTURAL), medium.mutualAgreement());
        assertNull(medium.coordination(), "both packages simple and stable, but the link itself was not answered");
        var strong = PackageRules.analyse(activities, List.of(new Link("a", "c", Strength.STRONG)), List.of(
                PackageSetup.of("Een", List.of("a"), true, false, Set.of()),
                PackageSetup.of("Twee", List.of("c"), null, null, Set.of())));
        assertEquals(Set.of(Level.values()), Set.copyOf(strong.between().get(0).mutualAgreement()));
        assertTrue(strong.between().get(0).wrongSplit());
        assertNull(strong.between().get(0).coordination(), "a complex package does not make the link complex");
        assertTrue(strong.warnings().stream().anyMatch(w -> w.en().contains("most logical split")));
    }
}
