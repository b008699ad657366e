package be.buurtwijzer.plugins.volunteers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OccasionRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-11-12");
    private static final Role SHOPPING = new Role("Boodschappen doen", null, null, "Zorgen over gezondheid naar de "
            + "buurtwerker", Set.of(Cover.CIVIL_LIABILITY), List.of("jef", "fatima"));

    private static String field(Occasion o) {
        String problem = OccasionRules.problem(o, SHOPPING, TODAY);
        return problem == null ? null : problem.substring(0, problem.indexOf(':'));
    }

    private static Occasion on(String day, String hours) {
        return new Occasion("shopping", "jef", LocalDate.parse(day), hours == null ? null : new BigDecimal(hours));
    }

    @Test
    void anOccasionNeedsATaskAVolunteerOfThatTaskAndADayButNoHours() {
        assertNull(field(on("2025-11-12", null)), "the minimal occasion: hours are optional");
        assertEquals("roleId", field(new Occasion(null, "jef", TODAY, null)));
        assertEquals("volunteerId", field(new Occasion("shopping", " ", TODAY, null)));
        assertEquals("date", field(new Occasion("shopping", "jef", null, null)));
        assertEquals("volunteerId", field(new Occasion("shopping", "lotte", TODAY, null)), "Lotte is not on this task");
    }

    @Test
    void anOccasionIsRegisteredOnceItTookPlace() {
        assertNull(field(on("2025-11-12", "2")));
        assertEquals("date", field(on("2025-11-13", "2")));
    }

    @Test
    void hoursLieBetweenAHundredthAndADay() {
        assertNull(field(on("2025-11-10", "0.01")));
        assertNull(field(on("2025-11-10", "24")));
        assertNull(field(on("2025-11-10", "1.50")));
        assertEquals("hours", field(on("2025-11-10", "0")));
        assertEquals("hours", field(on("2025-11-10", "-1")));
        assertEquals("hours", field(on("2025-11-10", "24.01")));
        assertEquals("hours", field(on("2025-11-10", "1.125")));
    }

    @Test
    void aYearCountsOccasionsHoursAndDifferentVolunteersPerTask() {
        List<Occasion> all = List.of(on("2025-03-01", "2"), on("2025-03-08", null),
                new Occasion("shopping", "fatima", LocalDate.parse("2025-04-01"), new BigDecimal("1.5")),
                on("2024-12-31", "3"), new Occasion("soup", "jef", LocalDate.parse("2025-05-01"), BigDecimal.ONE));
        List<OccasionRules.TaskYear> year = OccasionRules.year(List.of("shopping", "soup", "empty"), all, 2025);
        assertEquals(new OccasionRules.TaskYear("shopping", 3, new BigDecimal("3.50"), 2), year.get(0));
        assertEquals(new OccasionRules.TaskYear("soup", 1, new BigDecimal("1.00"), 1), year.get(1));
        assertEquals(new OccasionRules.TaskYear("empty", 0, new BigDecimal("0.00"), 0), year.get(2));
    }
}
