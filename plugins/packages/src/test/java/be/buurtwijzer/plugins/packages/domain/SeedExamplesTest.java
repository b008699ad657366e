package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's outcomes for its two examples: related activities, package scale, intensity, coordination. */
class SeedExamplesTest {

    private static PackageAnalysis.PackageDetails named(PackageAnalysis analysis, String name) {
        return analysis.packages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> packageWith(Division division, String activity) {
        return Set.copyOf(division.packages().stream().filter(p -> p.activityIds().contains(activity)).findFirst()
                .orElseThrow().activityIds());
    }

    @Test
    void mariaPhysiotherapyAndHomeAdaptationsFormOnePackageAtMunicipalScaleCarriedOutTogetherDecentrally() {
        Division proposal = PackageProposer.propose(SeedPlans.MARIA, SeedPlans.MARIA_LINKS);
        assertEquals(Set.of("kinesitherapie", "kleine aanpassingen aan huis"), packageWith(proposal, "kinesitherapie"),
                "the seed's related activities");
        PackageAnalysis analysis = PackageRules.analyse(SeedPlans.MARIA, SeedPlans.MARIA_LINKS, List.of(
                SeedPlans.setup("Kine en aanpassingen", List.of("kinesitherapie", "kleine aanpassingen aan huis"),
                        true, false, Level.STRUCTURAL, Level.OPERATIONAL),
                SeedPlans.setup("Thuishulp", List.of("huishoudhulp", "hygiënische zorgen", "gezelschap"), true,
                        false)));
        var kine = named(analysis, "Kine en aanpassingen");
        assertEquals(Scale.MUNICIPALITY, kine.idealScale(), "the smallest ideal scale: municipality, not the region");
        assertEquals(Intensity.CARRY_OUT_TOGETHER, kine.intensityTo(), "a joint home visit");
        assertEquals(Coordination.DECENTRAL, kine.coordination(), "each time a new individual situation");
        assertEquals(List.of("kinesitherapeut", "klusjesdienst", "maatschappelijk werker ziekenfonds"), kine.partners());
        assertEquals(List.of("kleine aanpassingen aan huis"), kine.scaleDeviations(),
                "the handyman service works in a larger region than the package needs");
    }

    @Test
    void stederenExchangeIsAlignedCentrallyWhileTheConcreteJoiningOfForcesIsCarriedOutTogetherDecentrally() {
        Division proposal = PackageProposer.propose(SeedPlans.STEDEREN, SeedPlans.STEDEREN_LINKS);
        assertEquals(Set.of("informatie uitwisselen", "doelen afstemmen"), packageWith(proposal, "doelen afstemmen"));
        assertEquals(Set.of("duo's begeleiden gezinnen", "casusoverleg per buurt"),
                packageWith(proposal, "casusoverleg per buurt"));
        PackageAnalysis analysis = PackageRules.analyse(SeedPlans.STEDEREN, SeedPlans.STEDEREN_LINKS, List.of(
                SeedPlans.setup("Uitwisseling en afstemming", List.of("informatie uitwisselen", "doelen afstemmen"),
                        false, false, Level.OPERATIONAL),
                SeedPlans.setup("Concrete krachtenbundelingen", List.of("duo's begeleiden gezinnen",
                        "casusoverleg per buurt"), true, true, Level.STRATEGIC, Level.STRUCTURAL, Level.OPERATIONAL)));
        var exchange = named(analysis, "Uitwisseling en afstemming");
        var forces = named(analysis, "Concrete krachtenbundelingen");
        assertEquals(Scale.LOCAL_REGION, exchange.idealScale(), "within the local region");
        assertEquals(Intensity.ALIGN_ACTIVITIES, exchange.intensityTo());
        assertEquals(Coordination.HIERARCHICAL, exchange.coordination(), "once set up, it keeps running: central");
        assertEquals(Scale.LIVED_NEIGHBOURHOOD, forces.idealScale(), "intensive guidance fits the lived neighbourhood");
        assertEquals(Intensity.CARRY_OUT_TOGETHER, forces.intensityTo());
        assertEquals(Coordination.DECENTRAL, forces.coordination(), "complex, poverty-related situations");
        var between = analysis.between().get(0);
        assertEquals(Intensity.SHARE_INFORMATION, between.intensity());
        assertEquals(Set.of(Level.STRATEGIC), between.mutualAgreement(),
                "the regional platform is not the place for structural and operational alignment");
        assertTrue(analysis.warnings().isEmpty(), analysis.warnings().toString());
    }

    @ParameterizedTest(name = "concrete joining of forces in the {0}")
    @EnumSource(value = Scale.class, names = {"LIVED_NEIGHBOURHOOD", "GEOGRAPHIC_NEIGHBOURHOOD"})
    void stederenAsTheSeedWordsItGivesTwoPackagesAtTheirOwnScalesThatAgreeOnlyStrategically(Scale neighbourhood) {
        List<Activity> activities = SeedPlans.stederenAsWorded(neighbourhood);
        Division proposal = PackageProposer.propose(activities, SeedPlans.STEDEREN_AS_WORDED_LINKS);
        assertEquals(2, proposal.packages().size(), "not forced into one package at the smallest scale: " + proposal);
        assertEquals(SeedPlans.STEDEREN_AS_WORDED_LINKS, proposal.keptApartByScale());

        PackageAnalysis analysis = PackageRules.analyse(activities, SeedPlans.STEDEREN_AS_WORDED_LINKS, List.of(
                SeedPlans.setup("Uitwisseling en afstemming", List.of("uitwisseling en afstemming"), false, false),
                SeedPlans.setup("Concrete krachtenbundelingen", List.of("concrete krachtenbundelingen"), true, true)));
        assertEquals(Scale.LOCAL_REGION, named(analysis, "Uitwisseling en afstemming").idealScale());
        assertEquals(neighbourhood, named(analysis, "Concrete krachtenbundelingen").idealScale());
        var between = analysis.between().get(0);
        assertTrue(between.scaleSplit());
        assertFalse(between.wrongSplit(), "a split justified by scale is not a wrong split");
        assertEquals(Set.of(Level.STRATEGIC), between.suggestedAgreement(),
                "the regional platform is not the place for structural and operational alignment");
        assertEquals(Intensity.ALIGN_ACTIVITIES, between.intensity(), "exchange and alignment, not doing it all together");
        assertTrue(analysis.warnings().isEmpty(), analysis.warnings().toString());

        PackageAnalysis merged = PackageRules.analyse(activities, SeedPlans.STEDEREN_AS_WORDED_LINKS, List.of(
                SeedPlans.setup("Alles samen", List.of("uitwisseling en afstemming", "concrete krachtenbundelingen"),
                        true, true)));
        assertEquals(neighbourhood, merged.packages().get(0).idealScale());
        assertEquals(1, merged.warnings().size(), "forcing them together at the smallest scale is warned about");
        assertTrue(merged.warnings().get(0).nl().contains("regionale actoren naar overleg per buurt"),
                merged.warnings().get(0).nl());
    }

    /** The same activities at the municipality and the neighbourhood do go together (step 4.1's own example). */
    @Test
    void municipalAndNeighbourhoodActivitiesThatHangTogetherStayOnePackageAtTheNeighbourhood() {
        List<Activity> activities = List.of(SeedPlans.activity("x", Scale.MUNICIPALITY, null, "p1"),
                SeedPlans.activity("y", Scale.GEOGRAPHIC_NEIGHBOURHOOD, null, "p2"));
        List<Link> strong = List.of(new Link("x", "y", Strength.STRONG));
        Division proposal = PackageProposer.propose(activities, strong);
        assertEquals(1, proposal.packages().size(), proposal.toString());
        assertTrue(proposal.keptApartByScale().isEmpty());
        assertEquals(Scale.GEOGRAPHIC_NEIGHBOURHOOD, PackageRules.analyse(activities, strong, List.of(
                SeedPlans.setup("Samen", List.of("x", "y"), false, false))).packages().get(0).idealScale());
    }

    @Test
    void twoPackagesThatWouldHaveToDoEverythingTogetherAreFlaggedAsAWrongSplit() {
        PackageAnalysis analysis = PackageRules.analyse(SeedPlans.MARIA, SeedPlans.MARIA_LINKS, List.of(
                SeedPlans.setup("Kine", List.of("kinesitherapie"), true, false),
                SeedPlans.setup("Aanpassingen", List.of("kleine aanpassingen aan huis"), true, false)));
        assertTrue(analysis.between().stream().anyMatch(PackageAnalysis.Between::wrongSplit));
        assertTrue(analysis.warnings().get(0).nl().contains("meest logische opsplitsing"));
    }
}
