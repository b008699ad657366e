package be.buurtwijzer.plugins.volunteers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngagementRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-11-12");

    private static Volunteer v(String name, String start, String end, Volunteer.AgeBand band, List<String> languages,
            Integer newSince) {
        return new Volunteer(name, null, null, null, List.of(), LocalDate.parse(start), end == null ? null
                : LocalDate.parse(end), List.of(), languages, List.of(), List.of(), false, List.of(), band, newSince, null);
    }

    @Test
    void anActiveVolunteerInATaskTheInsuranceDoesNotCoverIsWarnedAbout() {
        Map<String, Volunteer> people = Map.of("a", v("An", "2024-01-01", null, null, List.of(), null),
                "b", v("Bart", "2020-01-01", "2023-01-01", null, List.of(), null));
        Role transport = new Role("Vervoer naar het ziekenhuis", null, "Rijden", "Bij medische vragen: de buurtwerker",
                Set.of(Cover.CIVIL_LIABILITY, Cover.BODILY_INJURY), List.of("a", "b"));
        Insurance liabilityOnly = new Insurance("Ethias", "45.123", Set.of(Cover.CIVIL_LIABILITY), null);
        List<EngagementRules.Warning> warnings = EngagementRules.warnings(List.of(transport), liabilityOnly, people, TODAY);
        assertEquals(1, warnings.size(), "only the active volunteer: " + warnings);
        assertEquals("a", warnings.get(0).volunteerId());
        assertEquals(Set.of(Cover.BODILY_INJURY), warnings.get(0).missing());
        assertEquals(List.of(), EngagementRules.warnings(List.of(transport), new Insurance("Ethias", "45.123",
                Set.of(Cover.values()), null), people, TODAY));
        assertEquals(Set.of(Cover.CIVIL_LIABILITY, Cover.BODILY_INJURY), EngagementRules.warnings(List.of(transport), null,
                people, TODAY).get(0).missing(), "no insurance at all");
    }

    @Test
    void aTaskWithoutItsBoundaryIsNamedAndAMinimalRoleIsValid() {
        Role minimal = new Role("Buurtsoep", null, null, null, null, null);
        assertNull(EngagementRules.problem(minimal));
        assertEquals(Set.of(Cover.CIVIL_LIABILITY), minimal.requiredCovers());
        assertTrue(EngagementRules.warnings(List.of(minimal), null, Map.of(), TODAY).get(0).noBoundary());
        assertEquals("name: is required", EngagementRules.problem(new Role(" ", null, null, null, null, null)));
    }

    @Test
    void theReachCountsWithoutNamesAndWarnsWhenTheGroupDoesNotRenew() {
        List<Volunteer> old = List.of(v("A", "2020-01-01", null, Volunteer.AgeBand.FROM_65_TO_79, List.of("Nederlands"),
                null), v("B", "2021-01-01", null, Volunteer.AgeBand.FROM_65_TO_79, List.of("Nederlands", "Frans"), null),
                v("C", "2022-01-01", null, null, List.of(), null), v("D", "2019-01-01", "2024-01-01", null, List.of(), null));
        Reach reach = Reach.of(old, TODAY);
        assertEquals(3, reach.active());
        assertEquals(Map.of("FROM_65_TO_79", 2, "", 1), reach.byAgeBand());
        assertEquals(Map.of("Nederlands", 2, "Frans", 1, "", 1), reach.byLanguage());
        assertTrue(reach.notRenewing(), "three active, nobody new this year");
        Reach renewed = Reach.of(List.of(old.get(0), old.get(1), old.get(2), v("E", "2025-06-01", null,
                Volunteer.AgeBand.UNDER_25, List.of("Arabisch"), 2024)), TODAY);
        assertFalse(renewed.notRenewing());
        assertEquals(1, renewed.joinedLastYear());
        assertEquals(1, renewed.newInNeighbourhood());
        assertFalse(Reach.of(old.subList(0, 2), TODAY).notRenewing(), "two people are not yet a closed group");
    }
}
