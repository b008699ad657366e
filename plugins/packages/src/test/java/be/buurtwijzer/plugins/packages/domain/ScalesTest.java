package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When two ideal scales are too far apart to organise together, and when an old package lends its answers. */
class ScalesTest {

    @Test
    void aNeighbourhoodAndARegionAreFarApartANeighbourhoodAndTheMunicipalityAreNot() {
        assertTrue(Scales.farApart(Scale.GEOGRAPHIC_NEIGHBOURHOOD, Scale.LOCAL_REGION));
        assertTrue(Scales.farApart(Scale.LOCAL_REGION, Scale.LIVED_NEIGHBOURHOOD), "either way round");
        assertTrue(Scales.farApart(Scale.LIVED_NEIGHBOURHOOD, Scale.SUPRA_LOCAL_REGION));
        assertFalse(Scales.farApart(Scale.LIVED_NEIGHBOURHOOD, Scale.MUNICIPALITY), "the seed's step 4.1 example");
        assertFalse(Scales.farApart(Scale.MUNICIPALITY, Scale.SUPRA_LOCAL_REGION), "no neighbourhood involved");
        assertFalse(Scales.farApart(Scale.LIVED_NEIGHBOURHOOD, Scale.GEOGRAPHIC_NEIGHBOURHOOD));
        assertFalse(Scales.farApart(null, Scale.LOCAL_REGION));
        assertFalse(Scales.farApart(Scale.LIVED_NEIGHBOURHOOD, null));
    }

    private static Division proposal(List<String> ids) {
        return new Division(List.of(new Division.Part("Pakket 1", ids, List.of(), 0, 0)), 0);
    }

    @Test
    void anOldPackageLendsItsNameOnlyWhenMostOfItAndHalfOfTheNewOneAreShared() {
        PackageSetup old = PackageSetup.of("Oud", List.of("a", "b"), true, false, Set.of(Level.STRATEGIC));
        assertEquals("Oud", Adoption.adopt(proposal(List.of("a", "b", "c", "d")), List.of(old)).get(0).name(),
                "all of the old one and half of the new one");
        assertEquals("Pakket 1", Adoption.adopt(proposal(List.of("a", "c")), List.of(old)).get(0).name(),
                "half of the old one is not most of it");
        assertEquals("Pakket 1", Adoption.adopt(proposal(List.of("a", "b", "c", "d", "e")), List.of(old)).get(0)
                .name(), "less than half of the new one");
        PackageSetup lent = Adoption.adopt(proposal(List.of("a", "b", "c")), List.of(old)).get(0);
        assertEquals("Oud", lent.name());
        assertEquals(Boolean.TRUE, lent.complex());
        assertEquals(List.of("a", "b", "c"), lent.activityIds());
        assertEquals("Pakket 1 (2)", Adoption.adopt(proposal(List.of("x")), List.of(PackageSetup.of("Pakket 1",
                List.of("y"), null, null, Set.of()))).get(0).name(), "a proposal's name never takes an existing one");
    }

    @Test
    void teamMembersAreCountedFromOneToNinetyNine() {
        Activity one = new Activity("x", "x", false, Scale.MUNICIPALITY, null, null, 0, List.of("p1", "p2"), List.of(),
                List.of(), null);
        assertEquals(List.of(), PackageRules.problems(List.of(one), List.of(), List.of(new PackageSetup("P",
                List.of("x"), null, null, Set.of(), null, java.util.Map.of("p1", 99, "p2", 1)))));
        assertEquals(1, PackageRules.problems(List.of(one), List.of(), List.of(new PackageSetup("P", List.of("x"), null,
                null, Set.of(), null, java.util.Map.of("p1", 100)))).size());
        // found by the fuzz test: an activity without an id beside a package with members is a problem, not a crash
        Activity nameless = new Activity(null, "zonder id", false, null, null, null, 0, List.of("p1"), List.of(),
                List.of(), null);
        assertEquals("activities", PackageRules.problems(List.of(nameless, one), List.of(), List.of(new PackageSetup("P",
                List.of("x"), null, null, Set.of(), null, java.util.Map.of("p1", 2)))).get(0).field());
    }
}
