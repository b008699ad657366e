package be.buurtwijzer.plugins.volunteers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugins.volunteers.domain.Volunteer.AgeBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachComparisonTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-11-12");
    /** A station quarter: many young adults, many newcomers. */
    private static final NeighbourhoodProfile STATION = new NeighbourhoodProfile("station", Map.of(
            AgeBand.UNDER_25, 600, AgeBand.FROM_25_TO_44, 900, AgeBand.FROM_45_TO_64, 700, AgeBand.FROM_65_TO_79, 500,
            AgeBand.FROM_80, 300), 450, "Bevolkingsregister Stederen", LocalDate.parse("2025-01-01"));

    private static Volunteer volunteer(String neighbourhood, AgeBand band, Integer newSince, String end) {
        return new Volunteer("V", null, null, neighbourhood, null, LocalDate.parse("2024-01-01"),
                end == null ? null : LocalDate.parse(end), null, null, null, null, false, null, band, newSince, null);
    }

    @Test
    void aGroupOfRetiredVolunteersLeavesTheYoungerResidentsUnderrepresented() {
        List<Volunteer> group = List.of(volunteer("station", AgeBand.FROM_65_TO_79, null, null),
                volunteer("station", AgeBand.FROM_65_TO_79, null, null), volunteer("station", AgeBand.FROM_45_TO_64, null, null),
                volunteer("station", AgeBand.FROM_80, null, null));
        ReachComparison c = ReachComparison.of(STATION, group, TODAY);
        assertFalse(c.tooFew());
        assertEquals(4, c.volunteersWithAgeBand());
        ReachComparison.Band young = c.bands().get(0);
        assertEquals(AgeBand.UNDER_25, young.band());
        assertEquals(new BigDecimal("20.0"), young.residentsShare());
        assertEquals(new BigDecimal("0.0"), young.volunteersShare());
        assertTrue(young.underrepresented());
        assertTrue(c.bands().get(1).underrepresented(), "25 to 44: 30 % of residents, no volunteer");
        assertFalse(c.bands().get(3).underrepresented(), "65 to 79: half of the volunteers");
        assertEquals(new BigDecimal("15.0"), c.newcomersAmongResidents());
        assertEquals(new BigDecimal("0.0"), c.newcomersAmongVolunteers());
        assertTrue(c.newcomersUnderrepresented());
    }

    @Test
    void halfTheResidentsShareIsTheBoundary() {
        // 20 % of residents under 25; 1 of 10 volunteers is 10 %: exactly half, not underrepresented
        List<Volunteer> group = new ArrayList<>();
        group.add(volunteer("station", AgeBand.UNDER_25, null, null));
        for (int i = 0; i < 9; i++) {
            group.add(volunteer("station", AgeBand.FROM_45_TO_64, null, null));
        }
        assertFalse(ReachComparison.of(STATION, group, TODAY).bands().get(0).underrepresented());
        group.add(volunteer("station", AgeBand.FROM_45_TO_64, null, null));
        assertTrue(ReachComparison.of(STATION, group, TODAY).bands().get(0).underrepresented(), "1 of 11 is 9.1 %");
    }

    @Test
    void aBandOfFewerThanATenthOfTheResidentsIsNeverFlagged() {
        NeighbourhoodProfile few = new NeighbourhoodProfile("station", Map.of(AgeBand.FROM_80, 9,
                AgeBand.FROM_45_TO_64, 91), null, "x", TODAY);
        List<Volunteer> group = List.of(volunteer("station", AgeBand.FROM_45_TO_64, null, null),
                volunteer("station", AgeBand.FROM_45_TO_64, null, null), volunteer("station", AgeBand.FROM_45_TO_64, null, null));
        ReachComparison c = ReachComparison.of(few, group, TODAY);
        assertFalse(c.bands().stream().anyMatch(ReachComparison.Band::underrepresented));
        assertNull(c.newcomersAmongResidents());
        assertFalse(c.newcomersUnderrepresented());
    }

    @Test
    void fewerThanThreeVolunteersWithAnAgeBandAreTooFewToCompare() {
        List<Volunteer> group = List.of(volunteer("station", AgeBand.FROM_65_TO_79, null, null),
                volunteer("station", AgeBand.FROM_65_TO_79, null, null), volunteer("station", null, null, null),
                volunteer("elsewhere", AgeBand.UNDER_25, null, null),
                volunteer("station", AgeBand.UNDER_25, null, "2025-06-30"));
        ReachComparison c = ReachComparison.of(STATION, group, TODAY);
        assertTrue(c.tooFew());
        assertEquals(3, c.volunteers(), "active volunteers of this neighbourhood only");
        assertEquals(2, c.volunteersWithAgeBand());
        assertFalse(c.bands().stream().anyMatch(ReachComparison.Band::underrepresented));
        assertFalse(c.newcomersUnderrepresented());
    }

    @Test
    void newcomersOfTheLastTwoYearsCount() {
        List<Volunteer> group = List.of(volunteer("station", AgeBand.UNDER_25, 2023, null),
                volunteer("station", AgeBand.FROM_25_TO_44, 2024, null), volunteer("station", AgeBand.FROM_65_TO_79, 1990, null),
                volunteer("station", AgeBand.FROM_45_TO_64, null, null));
        ReachComparison c = ReachComparison.of(STATION, group, TODAY);
        assertEquals(new BigDecimal("50.0"), c.newcomersAmongVolunteers(), "2023 and 2024 are within two years of 2025");
        assertFalse(c.newcomersUnderrepresented());
    }

    @Test
    void aProfileNeedsResidentsASourceAndADate() {
        assertNull(NeighbourhoodProfile.problem(STATION));
        assertNull(NeighbourhoodProfile.problem(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, 1), null, "s", TODAY)),
                "the minimal profile: one band, a source, a date");
        assertEquals("neighbourhoodId", field(new NeighbourhoodProfile(null, Map.of(AgeBand.FROM_80, 1), null, "s", TODAY)));
        assertEquals("residentsByAgeBand", field(new NeighbourhoodProfile("n", Map.of(), null, "s", TODAY)));
        assertEquals("residentsByAgeBand", field(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, -1), null, "s", TODAY)));
        assertEquals("newcomers", field(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, 10), 11, "s", TODAY)));
        assertNull(field(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, 10), 10, "s", TODAY)));
        assertEquals("source", field(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, 10), null, " ", TODAY)));
        assertEquals("source", field(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, 10), null, "s".repeat(301), TODAY)));
        assertEquals("date", field(new NeighbourhoodProfile("n", Map.of(AgeBand.FROM_80, 10), null, "s", null)));
    }

    private static String field(NeighbourhoodProfile p) {
        String problem = NeighbourhoodProfile.problem(p);
        return problem == null ? null : problem.substring(0, problem.indexOf(':'));
    }
}
