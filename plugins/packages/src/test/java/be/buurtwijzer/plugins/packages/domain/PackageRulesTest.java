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
        PackageAnalysis analysis = PackageRules.analyse(big, links, List.of(new PackageSetup("Alles",
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

        var small = PackageRules.analyse(List.of(a("x", "p1", "p2")), List.of(), List.of(new PackageSetup("Klein",
                List.of("x"), null, null, Set.of()))).packages().get(0);
        assertTrue(small.teamSizeNote().nl().contains("minder dan 6"));
        assertNull(small.splitProposal());
        assertNull(small.coordination(), "unanswered questions give no coordination yet");
        assertEquals(Intensity.REFER, small.intensityTo(), "no internal links");
    }

    @Test
    void badPlansAreNamedByTheirField() {
        List<Activity> activities = List.of(a("a"), a("b"));
        assertEquals(List.of("links"), PackageRules.problems(activities, List.of(new Link("a", "gone", Strength.WEAK)),
                List.of()).stream().map(PackageRules.Problem::field).toList());
        assertEquals(List.of("packages"), PackageRules.problems(activities, List.of(), List.of(
                new PackageSetup("Leeg", List.of(), null, null, Set.of()))).stream()
                .map(PackageRules.Problem::field).toList());
        assertEquals(List.of("packages"), PackageRules.problems(activities, List.of(), List.of(
                new PackageSetup("Een", List.of("a"), null, null, Set.of()),
                new PackageSetup("Twee", List.of("a", "b"), null, null, Set.of()))).stream()
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
}
