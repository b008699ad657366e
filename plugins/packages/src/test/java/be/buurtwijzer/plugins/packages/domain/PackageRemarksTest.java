package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the planner already asks (existence, neighbourhood-boundness, factors, partners' areas) feeds a remark. */
class PackageRemarksTest {

    private static List<String> remarks(List<Activity> activities, Map<String, Scale> areas) {
        PackageAnalysis analysis = PackageRules.analyse(activities, List.of(), List.of(PackageSetup.of("P",
                activities.stream().map(Activity::id).toList(), null, null, Set.of())), List.of(), areas);
        return analysis.packages().get(0).remarks().stream().map(Text::nl).toList();
    }

    @Test
    void whenEveryPartnerWorksWiderThanThePackageTheCollaborationCheckAsksWhetherAWiderLevelIsBetter() {
        Activity meals = new Activity("m", "Maaltijden", true, Scale.GEOGRAPHIC_NEIGHBOURHOOD, null, null, 2,
                List.of("ocmw", "ziekenfonds"), List.of(), List.of(), null);
        List<String> wider = remarks(List.of(meals), Map.of("ocmw", Scale.MUNICIPALITY, "ziekenfonds", Scale.LOCAL_REGION));
        assertEquals(1, wider.size(), wider.toString());
        assertTrue(wider.get(0).startsWith("Alle partners van dit pakket werken op een grotere schaal (vanaf gemeente/stad "
                + "+ rand) dan de ideale schaal van het pakket (geografische buurt)"), wider.get(0));
        assertEquals(List.of(), remarks(List.of(meals), Map.of("ocmw", Scale.GEOGRAPHIC_NEIGHBOURHOOD,
                "ziekenfonds", Scale.LOCAL_REGION)), "one partner works at the package's scale");
        assertEquals(List.of(), remarks(List.of(meals), Map.of("ocmw", Scale.MUNICIPALITY)),
                "a partner whose area is unknown: nothing to conclude");
    }

    @Test
    void anAbsentActivityAndAnOddBoundnessAreQuestioned() {
        Activity absent = new Activity("a", "Buddywerking", false, Scale.MUNICIPALITY, null, null, 3, List.of(),
                List.of(), List.of(), null);
        List<String> found = remarks(List.of(absent), Map.of());
        assertEquals(List.of("'Buddywerking' bestaat vandaag nog niet: wie neemt het op, en wat is ervoor nodig?",
                "'Buddywerking' is volgens jullie helemaal buurtgebonden, maar de ideale schaal is gemeente/stad + rand: "
                        + "klopt dat?"), found);
        Activity company = new Activity("g", "Gezelschap", true, Scale.LIVED_NEIGHBOURHOOD, null, null, 0, List.of(),
                List.of(), List.of(), null);
        assertTrue(remarks(List.of(company), Map.of()).get(0).contains("niet buurtgebonden"));
    }

    /** Maria: the handyman service works in a larger region "om voldoende opdrachten binnen te krijgen". */
    @Test
    void anActivityAwayFromItsIdealScaleIsAskedWhyOrShownWithItsReasonAndFactors() {
        Activity kine = new Activity("k", "Kinesitherapie", true, Scale.MUNICIPALITY, Scale.MUNICIPALITY, null, 1,
                List.of(), List.of("vaste contacten"), List.of(), null);
        Activity handyman = new Activity("h", "Kleine aanpassingen", true, Scale.LOCAL_REGION, Scale.LOCAL_REGION, null,
                1, List.of(), List.of(), List.of(), null);
        Activity asked = new Activity("h", "Kleine aanpassingen", true, Scale.MUNICIPALITY, Scale.LOCAL_REGION, null, 1,
                List.of(), List.of(), List.of(), null);
        assertTrue(remarks(List.of(kine, handyman), Map.of()).contains("'Kleine aanpassingen' loopt vandaag op schaal "
                + "lokale regio in plaats van gemeente/stad + rand: wat verhindert de ideale schaal?"),
                "the package's scale is the smallest ideal one");
        assertTrue(remarks(List.of(handyman), Map.of()).stream().noneMatch(r -> r.contains("loopt vandaag")),
                "at its own ideal scale nothing deviates");
        assertTrue(remarks(List.of(kine, asked), Map.of()).contains("'Kleine aanpassingen' loopt vandaag op schaal "
                + "lokale regio in plaats van gemeente/stad + rand: wat verhindert de ideale schaal?"));
        Activity withReason = new Activity("h", "Kleine aanpassingen", true, Scale.MUNICIPALITY, Scale.LOCAL_REGION,
                "genoeg opdrachten vraagt een grotere regio", 1, List.of(), List.of(), List.of("te weinig opdrachten"),
                null);
        assertTrue(remarks(List.of(kine, withReason), Map.of()).stream().anyMatch(r -> r.endsWith(
                "omdat: genoeg opdrachten vraagt een grotere regio")));
        Activity withFactor = new Activity("h", "Kleine aanpassingen", true, Scale.MUNICIPALITY, Scale.LOCAL_REGION,
                null, 1, List.of(), List.of(), List.of("te weinig opdrachten"), null);
        List<String> factors = remarks(List.of(kine, withFactor), Map.of());
        assertTrue(factors.stream().anyMatch(r -> r.contains("Remmende factoren: te weinig opdrachten.")), factors.toString());
        assertTrue(factors.contains("Stimulerende factoren om op te bouwen: vaste contacten."), factors.toString());
    }
}
