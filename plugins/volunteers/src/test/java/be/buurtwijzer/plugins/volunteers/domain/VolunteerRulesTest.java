package be.buurtwijzer.plugins.volunteers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolunteerRulesTest {

    private static Volunteer with(String name, String start, String end, String email, String phone, String note,
            List<Volunteer.Elsewhere> elsewhere, Integer newSince) {
        return new Volunteer(name, email, phone, null, null, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null, null, null, null, false, elsewhere, null, newSince, note);
    }

    private static String field(Volunteer v) {
        String problem = VolunteerRules.problem(v);
        return problem == null ? null : problem.substring(0, problem.indexOf(':'));
    }

    @Test
    void onlyTheNameAndTheStartAreRequired() {
        assertNull(VolunteerRules.problem(with("An", "2025-01-06", null, null, null, null, null, null)));
        assertEquals("name", field(with(null, "2025-01-06", null, null, null, null, null, null)));
        assertEquals("name", field(with("  ", "2025-01-06", null, null, null, null, null, null)));
        assertEquals("start", field(with("An", null, null, null, null, null, null, null)));
    }

    @Test
    void eachLimitIsAtItsBoundary() {
        assertNull(VolunteerRules.problem(with("x".repeat(200), "2025-01-06", null, null, null, null, null, null)));
        assertEquals("name", field(with("x".repeat(201), "2025-01-06", null, null, null, null, null, null)));
        assertNull(VolunteerRules.problem(with("An", "2025-01-06", "2025-01-06", null, null, null, null, null)),
                "one day of volunteering");
        assertEquals("end", field(with("An", "2025-01-06", "2025-01-05", null, null, null, null, null)));
        assertNull(VolunteerRules.problem(with("An", "2025-01-06", null, "an@voorbeeld.be", "1".repeat(50), "n".repeat(2000),
                null, null)));
        assertEquals("email", field(with("An", "2025-01-06", null, "an-at-voorbeeld", null, null, null, null)));
        assertNull(VolunteerRules.problem(with("An", "2025-01-06", null, " ", null, null, null, null)), "blank is none");
        assertEquals("phone", field(with("An", "2025-01-06", null, null, "1".repeat(51), null, null, null)));
        assertEquals("note", field(with("An", "2025-01-06", null, null, null, "n".repeat(2001), null, null)));
        assertNull(VolunteerRules.problem(with("An", "2025-01-06", null, null, null, null,
                List.of(new Volunteer.Elsewhere(2025, BigDecimal.ZERO)), 1900)));
        assertEquals("elsewhere", field(with("An", "2025-01-06", null, null, null, null,
                List.of(new Volunteer.Elsewhere(2025, new BigDecimal("-0.01"))), null)));
        assertEquals("elsewhere", field(with("An", "2025-01-06", null, null, null, null,
                List.of(new Volunteer.Elsewhere(2025, null)), null)));
        assertEquals("newInNeighbourhoodSince", field(with("An", "2025-01-06", null, null, null, null, null, 1899)));
        assertEquals("newInNeighbourhoodSince", field(with("An", "2025-01-06", null, null, null, null, null, 2201)));
        assertNull(VolunteerRules.problem(with("An", "2025-01-06", null, null, null, null, null, 2200)));
    }

    @Test
    void aVolunteerIsActiveFromTheStartUpToAndWithTheEndAndDeclaresPerYear() {
        Volunteer v = with("An", "2025-01-06", "2025-06-30", null, null, null, List.of(
                new Volunteer.Elsewhere(2025, new BigDecimal("100")), new Volunteer.Elsewhere(2025, new BigDecimal("50")),
                new Volunteer.Elsewhere(2024, new BigDecimal("7"))), null);
        assertFalse(v.activeOn(LocalDate.parse("2025-01-05")));
        assertTrue(v.activeOn(LocalDate.parse("2025-01-06")));
        assertTrue(v.activeOn(LocalDate.parse("2025-06-30")));
        assertFalse(v.activeOn(LocalDate.parse("2025-07-01")));
        assertEquals(new BigDecimal("150"), v.elsewhereIn(2025));
        assertEquals(0, BigDecimal.ZERO.compareTo(v.elsewhereIn(2023)));
        assertTrue(v.skills().isEmpty() && v.languages().isEmpty() && v.agreements().isEmpty() && v.trainings().isEmpty()
                && v.initiativeIds().isEmpty(), "missing lists are empty, never null");
    }

    @Test
    void aTaskNeedsItsNameAndKeepsItsTextsShort() {
        assertEquals("name: is longer than 200 characters", EngagementRules.problem(new Role("x".repeat(201), null, null,
                null, null, null)));
        assertNull(EngagementRules.problem(new Role("x".repeat(200), null, "t".repeat(2000), "r".repeat(2000), null, null)));
        assertEquals("tasks: is longer than 2000 characters", EngagementRules.problem(new Role("T", null, "t".repeat(2001),
                null, null, null)));
        assertEquals("referOn: is longer than 2000 characters", EngagementRules.problem(new Role("T", null, null,
                "r".repeat(2001), null, null)));
        assertEquals("name: is required", EngagementRules.problem(new Role(null, null, null, null, null, null)));
    }

    @Test
    void capsNeedPositiveAmountsAndASource() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CapYear(2026,
                BigDecimal.ZERO, BigDecimal.TEN, null, null, "bron"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CapYear(2026,
                BigDecimal.ONE, BigDecimal.ZERO, null, null, "bron"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CapYear(2026,
                BigDecimal.ONE, BigDecimal.TEN, null, null, " "));
        CapYear year = new CapYear(2026, new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("2.345"), null, "b");
        assertEquals(new BigDecimal("2.35"), year.yearCap(true));
        assertEquals(new BigDecimal("0.01"), year.yearCap(false));
        assertTrue(AllowanceRules.decide(new Booking("v", LocalDate.parse("2026-01-01"), AllowanceType.FLAT_RATE,
                new BigDecimal("0.02"), null, null), year, false, List.of(), null).refused());
    }
}
