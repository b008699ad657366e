package be.buurtwijzer.plugins.logbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementsAndBaselineTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-15");
    private static final Theory THEORY = TheoryRules.nextVersion(null, TheoryRulesTest.stationswijk(), Instant.EPOCH, "x");

    private static Measurement m(String indicator, String day, String value, String source) {
        return new Measurement("t", indicator, day == null ? null : LocalDate.parse(day),
                value == null ? null : new BigDecimal(value), source, null);
    }

    private static String field(Measurement m) {
        String p = Measurements.problem(m, THEORY, TODAY);
        return p == null ? null : p.substring(0, p.indexOf(':'));
    }

    @Test
    void aMeasurementIsAValueOfAnIndicatorOnADayWithItsSource() {
        assertNull(field(m("soep", "2026-03-15", "37", "telling aan de deur")));
        assertEquals("indicatorId", field(m("onbekend", "2026-03-01", "1", "x")));
        assertEquals("indicatorId", Measurements.problem(m("soep", "2026-03-01", "1", "x"), null, TODAY)
                .substring(0, 11));
        assertEquals("date", field(m("soep", "2026-03-16", "1", "x")));
        assertEquals("date", field(m("soep", null, "1", "x")));
        assertEquals("value", field(m("soep", "2026-03-01", null, "x")));
        assertEquals("value", field(m("soep", "2026-03-01", "1000000000.1", "x")));
        assertNull(field(m("soep", "2026-03-01", "-1000000000", "x")), "a fall can be measured too");
        assertEquals("value", field(m("soep", "2026-03-01", "0.00001", "x")));
        assertEquals("source", field(m("soep", "2026-03-01", "1", " ")));
        assertEquals("theoryId", field(new Measurement(null, "soep", TODAY, BigDecimal.ONE, "x", null)));
    }

    @Test
    void aSeriesIsOneIndicatorsValuesInThePeriodOldestFirst() {
        List<Measurement> all = List.of(m("soep", "2026-02-01", "30", "x"), m("soep", "2025-12-01", "22", "x"),
                m("hulpvragen", "2026-01-01", "4", "x"), m("soep", "2026-03-01", "37", "x"));
        List<Measurement> series = Measurements.series(all, "soep", LocalDate.parse("2026-01-01"), null);
        assertEquals(List.of("2026-02-01", "2026-03-01"), series.stream().map(s -> s.date().toString()).toList());
        assertEquals(new BigDecimal("37"), Measurements.latest(series).orElseThrow().value());
        assertEquals(3, Measurements.series(all, "soep", null, LocalDate.parse("2026-03-01")).size(), "both ends included");
        assertTrue(Measurements.latest(List.of()).isEmpty());
    }

    private static Baseline baseline(List<Baseline.Figure> figures, String narrative) {
        return new Baseline("station", LocalDate.parse("2025-01-01"), figures, narrative, null, null);
    }

    private static String field(Baseline b) {
        String p = BaselineRules.problem(b);
        return p == null ? null : p.substring(0, p.indexOf(':'));
    }

    @Test
    void aBaselineHoldsDatedFiguresWithTheirSourceOrANarrative() {
        Baseline.Figure older = new Baseline.Figure("65-plussers", new BigDecimal("23.5"), "%", "Bevolkingsregister",
                LocalDate.parse("2025-01-01"));
        assertNull(field(baseline(List.of(older), null)));
        assertNull(field(baseline(List.of(), "Veel huurwoningen, snel wisselende bewoners.")));
        assertEquals("figures", field(baseline(List.of(), " ")));
        assertEquals("neighbourhoodId", field(new Baseline(null, LocalDate.EPOCH, List.of(older), null, null, null)));
        assertEquals("date", field(new Baseline("n", null, List.of(older), null, null, null)));
        assertEquals("figures[0].source", field(baseline(List.of(new Baseline.Figure("x", BigDecimal.ONE, null, null,
                LocalDate.EPOCH)), null)));
        assertEquals("figures[0].date", field(baseline(List.of(new Baseline.Figure("x", BigDecimal.ONE, null, "s",
                null)), null)));
        assertEquals("figures[0].label", field(baseline(List.of(new Baseline.Figure("", BigDecimal.ONE, null, "s",
                LocalDate.EPOCH)), null)));
        assertEquals("figures[0].value", field(baseline(List.of(new Baseline.Figure("x", null, null, "s",
                LocalDate.EPOCH)), null)));
    }

    @Test
    void aConfirmedBaselineIsFrozen() {
        Baseline draft = baseline(List.of(), "Het begin.");
        assertNull(BaselineRules.change(null, draft));
        assertNull(BaselineRules.change(draft, baseline(List.of(), "Beter verwoord.")));
        Baseline confirmed = BaselineRules.confirm(draft, Instant.parse("2025-02-01T09:00:00Z"), "An Admin");
        assertTrue(confirmed.confirmed());
        assertFalse(draft.confirmed());
        assertEquals("confirmedAt", BaselineRules.change(confirmed, draft).substring(0, 11));
        assertEquals("neighbourhoodId", BaselineRules.change(draft, new Baseline("elders", LocalDate.EPOCH, null, "x",
                null, null)).substring(0, 15));
    }
}
