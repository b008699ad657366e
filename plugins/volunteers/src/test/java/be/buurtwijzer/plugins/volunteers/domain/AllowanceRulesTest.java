package be.buurtwijzer.plugins.volunteers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugins.volunteers.domain.AllowanceDecision.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowanceRulesTest {

    private static final CapTable CAPS = CapTable.shipped();
    private static final CapYear Y2025 = CAPS.year(2025).orElseThrow();

    private static Booking flat(String day, String amount) {
        return new Booking("v", LocalDate.parse(day), AllowanceType.FLAT_RATE, new BigDecimal(amount), null, null);
    }

    private static AllowanceDecision decide(Booking booking, List<Booking> booked) {
        return AllowanceRules.decide(booking, CAPS.year(booking.date().getYear()).orElse(null), false, booked,
                BigDecimal.ZERO);
    }

    @Test
    void theShippedYearsAreTheIssuedFiguresWithTheirSource() {
        assertEquals(new BigDecimal("40.67"), CAPS.year(2023).orElseThrow().perDay());
        assertEquals(new BigDecimal("1626.77"), CAPS.year(2023).orElseThrow().perYear());
        assertEquals(new BigDecimal("41.48"), CAPS.year(2024).orElseThrow().perDay());
        assertEquals(new BigDecimal("1659.29"), CAPS.year(2024).orElseThrow().perYear());
        assertEquals(new BigDecimal("42.31"), Y2025.perDay());
        assertEquals(new BigDecimal("1692.51"), Y2025.perYear());
        assertTrue(Y2025.source().contains("Vlaams Steunpunt Vrijwilligerswerk"));
    }

    @Test
    void aYearWithoutCapsTakesNoBookingAtAll() {
        AllowanceDecision decision = decide(flat("2026-03-02", "10"), List.of());
        assertEquals(Outcome.REFUSED, decision.outcome());
        assertEquals("date", decision.field());
        assertTrue(decision.message().nl().contains("2026"), decision.message().nl());
        assertEquals(Outcome.REFUSED, decide(new Booking("v", LocalDate.parse("2026-03-02"), AllowanceType.REAL_COSTS,
                BigDecimal.TEN, null, null), List.of()).outcome(), "real costs too: the year is not configured");
    }

    @Test
    void aNewYearAddedLaterCountsAndWinsOverTheShippedOne() {
        CapTable later = CAPS.with(CapTable.parse("{\"years\":[{\"year\":2026,\"perDay\":\"43.10\",\"perYear\":\"1724.00\","
                + "\"source\":\"KB 2026\"},{\"year\":2025,\"perDay\":\"1\",\"perYear\":\"2\",\"source\":\"correctie\"}]}"));
        assertEquals(new BigDecimal("43.10"), later.year(2026).orElseThrow().perDay());
        assertEquals(new BigDecimal("1.00"), later.year(2025).orElseThrow().perDay());
        assertThrows(IllegalArgumentException.class, () -> CapTable.parse("{\"years\":[{\"year\":2026,\"perDay\":\"43\","
                + "\"perYear\":\"1724\"}]}"), "a year without its source is refused");
    }

    @Test
    void theDailyCapHoldsPerDayWithTheRoomShown() {
        List<Booking> booked = List.of(flat("2025-05-05", "30.00"));
        AllowanceDecision over = decide(flat("2025-05-05", "12.32"), booked);
        assertEquals(Outcome.REFUSED, over.outcome());
        assertEquals(new BigDecimal("12.31"), over.roomToday());
        assertTrue(over.message().nl().contains("€ 12,31"), over.message().nl());
        AllowanceDecision exact = decide(flat("2025-05-05", "12.31"), booked);
        assertEquals(Outcome.ALLOWED, exact.outcome(), "up to the cent is allowed");
        assertEquals(new BigDecimal("0.00"), exact.roomToday());
        assertEquals(Outcome.ALLOWED, decide(flat("2025-05-06", "42.31"), booked).outcome(), "another day, a new cap");
    }

    @Test
    void theYearlyCapCountsWhatTheVolunteerReceivesElsewhereAndWarnsNearTheEnd() {
        List<Booking> booked = new ArrayList<>();
        LocalDate day = LocalDate.parse("2025-01-01");
        while (AllowanceRules.flat(booked).add(new BigDecimal("42.31")).compareTo(new BigDecimal("1530")) < 0) {
            booked.add(flat(day.toString(), "42.31"));
            day = day.plusDays(1);
        }
        BigDecimal so = AllowanceRules.flat(booked);
        AllowanceDecision near = decide(flat(day.toString(), "42.31"), booked);
        assertEquals(Outcome.WARNED, near.outcome(), "the last tenth of the year: " + so);
        AllowanceDecision elsewhere = AllowanceRules.decide(flat(day.toString(), "42.31"), Y2025, false, booked,
                new BigDecimal("200"));
        assertEquals(Outcome.REFUSED, elsewhere.outcome(), "what they receive elsewhere counts");
        assertEquals(new BigDecimal("1692.51").subtract(so).subtract(new BigDecimal("200.00")), elsewhere.roomThisYear());
        assertTrue(elsewhere.message().nl().contains("jaarplafond"));
        assertEquals(Outcome.ALLOWED, decide(flat(day.plusYears(-1).toString(), "41.48"), booked).outcome(),
                "another year, another cap");
    }

    @Test
    void oneSystemPerCalendarYearButRealTransportCombinesUpToTheKilometres() {
        Booking real = new Booking("v", LocalDate.parse("2025-02-01"), AllowanceType.REAL_COSTS, new BigDecimal("60"),
                null, "treinticket");
        assertEquals(Outcome.REFUSED, decide(flat("2025-02-02", "10"), List.of(real)).outcome());
        assertEquals("type", decide(flat("2025-02-02", "10"), List.of(real)).field());
        assertEquals(Outcome.REFUSED, decide(real, List.of(flat("2025-01-10", "10"))).outcome());
        assertEquals(Outcome.ALLOWED, decide(flat("2024-02-02", "10"), List.of(real)).outcome(), "the other year is free");

        List<Booking> withFlat = List.of(flat("2025-01-10", "10"));
        Booking drive = new Booking("v", LocalDate.parse("2025-03-01"), AllowanceType.REAL_TRANSPORT,
                new BigDecimal("150.00"), 1990, null);
        AllowanceDecision combined = decide(drive, withFlat);
        assertEquals(Outcome.ALLOWED, combined.outcome());
        assertEquals(10, combined.kmLeftThisYear());
        Booking tooFar = new Booking("v", LocalDate.parse("2025-03-02"), AllowanceType.REAL_TRANSPORT,
                BigDecimal.TEN, 11, null);
        AllowanceDecision refused = decide(tooFar, List.of(flat("2025-01-10", "10"), drive));
        assertEquals(Outcome.REFUSED, refused.outcome());
        assertEquals("km", refused.field());
        assertEquals(Outcome.ALLOWED, decide(tooFar, List.of(drive)).outcome(), "without the flat rate, no km cap");
        assertEquals(Outcome.REFUSED, decide(flat("2025-04-01", "10"), List.of(drive, tooFar)).outcome(),
                "more than 2000 km already: the flat rate cannot be added");
        assertEquals(Outcome.REFUSED, decide(new Booking("v", LocalDate.parse("2025-03-01"), AllowanceType.REAL_TRANSPORT,
                BigDecimal.TEN, null, null), List.of()).outcome(), "transport needs its kilometres");
    }

    @Test
    void theIncreasedCategoryNeedsItsOwnConfiguredCap() {
        AllowanceDecision none = AllowanceRules.decide(flat("2025-06-01", "10"), Y2025, true, List.of(), BigDecimal.ZERO);
        assertEquals(Outcome.REFUSED, none.outcome());
        assertNull(none.roomThisYear());
        CapYear increased = new CapYear(2025, Y2025.perDay(), Y2025.perYear(), new BigDecimal("3000"), 2000, "test");
        List<Booking> booked = new ArrayList<>();
        for (int d = 1; d <= 40; d++) {
            booked.add(flat(LocalDate.parse("2025-01-01").plusDays(d).toString(), "42.31"));
        }
        assertEquals(Outcome.REFUSED, AllowanceRules.decide(flat("2025-06-01", "42.31"), increased, false, booked,
                BigDecimal.ZERO).outcome(), "1692.40 + 42.31 is over the ordinary cap");
        assertEquals(Outcome.ALLOWED, AllowanceRules.decide(flat("2025-06-01", "42.31"), increased, true, booked,
                BigDecimal.ZERO).outcome(), "but within the increased one");
    }

    @Test
    void amountsAreRoundedToTheCentHalfUpAndMustBePositive() {
        assertEquals(new BigDecimal("12.35"), Money.cents(new BigDecimal("12.345")));
        assertEquals(new BigDecimal("12.34"), Money.cents(new BigDecimal("12.3449")));
        assertEquals("€ 1.692,51", Money.euro(new BigDecimal("1692.51")));
        assertEquals("12,50", Money.plain(new BigDecimal("12.5")));
        AllowanceDecision rounded = decide(flat("2025-07-01", "42.314"), List.of());
        assertEquals(Outcome.ALLOWED, rounded.outcome(), "42.314 is 42.31 to the cent");
        assertEquals(Outcome.REFUSED, decide(flat("2025-07-01", "42.315"), List.of()).outcome(), "42.32 is over");
        assertEquals(Outcome.REFUSED, decide(flat("2025-07-01", "0"), List.of()).outcome());
        assertEquals(Outcome.REFUSED, decide(flat("2025-07-01", "-5"), List.of()).outcome());
    }
}
