package be.buurtwijzer.plugins.logbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every limit of the documentation's records at its boundary: the last value kept, the first refused. */
class LimitsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-15");

    private static String field(String problem) {
        return problem == null ? null : problem.substring(0, problem.indexOf(':'));
    }

    @Test
    void aMunicipalitysOwnCategoryHasAnIdOfWordsANameAndAnAspect() {
        assertNull(OwnCategory.problem(new OwnCategory("mobiliteit", Aspect.RESIDENTS, "Mobiliteit", null)));
        assertNull(OwnCategory.problem(new OwnCategory("a".repeat(64), Aspect.PARTNERS, "x".repeat(200), "y".repeat(200))));
        assertEquals("id", field(OwnCategory.problem(new OwnCategory("a".repeat(65), Aspect.PARTNERS, "x", null))));
        assertEquals("id", field(OwnCategory.problem(new OwnCategory(null, Aspect.PARTNERS, "x", null))));
        assertEquals("id", field(OwnCategory.problem(new OwnCategory("Met Spatie", Aspect.PARTNERS, "x", null))));
        assertEquals("id", field(OwnCategory.problem(new OwnCategory("attitude", Aspect.PARTNERS, "x", null))),
                "a seed category keeps its id");
        assertEquals("aspect", field(OwnCategory.problem(new OwnCategory("a", null, "x", null))));
        assertEquals("nl", field(OwnCategory.problem(new OwnCategory("a", Aspect.PARTNERS, " ", null))));
        assertEquals("nl", field(OwnCategory.problem(new OwnCategory("a", Aspect.PARTNERS, null, null))));
        assertEquals("nl", field(OwnCategory.problem(new OwnCategory("a", Aspect.PARTNERS, "x".repeat(201), null))));
        assertEquals("en", field(OwnCategory.problem(new OwnCategory("a", Aspect.PARTNERS, "x", "y".repeat(201)))));
        assertEquals("Mobiliteit", new OwnCategory("m", Aspect.RESIDENTS, "Mobiliteit", " ").category().name().en(),
                "English falls back to the Dutch");
        assertEquals("Mobility", new OwnCategory("m", Aspect.RESIDENTS, "Mobiliteit", "Mobility").category().name().en());
        assertFalse(new OwnCategory("m", Aspect.RESIDENTS, "Mobiliteit", null).category().shipped());
        assertEquals("Met betrekking tot partners", Aspect.PARTNERS.label().nl());
        assertEquals("quarterly", Frequency.QUARTERLY.label().en());
    }

    private static SavedReport report(Map<String, String> texts, LocalDate from, LocalDate to) {
        return new SavedReport("t", 1, "logbook", "{}", null, null, from, to, texts, Instant.EPOCH, "x");
    }

    @Test
    void aKeptReportHasTextsForItsOwnSectionsAndAPeriodInOrder() {
        assertNull(SavedReport.problem(report(Map.of("0", "a", "2", "b"), DAY, DAY), 3), "one day is a period");
        assertEquals("texts", field(SavedReport.problem(report(Map.of("3", "a"), null, null), 3)));
        assertEquals("texts", field(SavedReport.problem(report(Map.of("x", "a"), null, null), 3)));
        assertEquals("texts", field(SavedReport.problem(report(Map.of("-1", "a"), null, null), 3)));
        assertNull(SavedReport.problem(report(Map.of("0", "a".repeat(20_000)), null, null), 1));
        assertEquals("texts", field(SavedReport.problem(report(Map.of("0", "a".repeat(20_001)), null, null), 1)));
        assertEquals("to", field(SavedReport.problem(report(Map.of(), DAY, DAY.minusDays(1)), 1)));
        assertNull(SavedReport.problem(report(null, null, DAY), 1));
        assertEquals(Map.of(0, "a", 12, "c"), SavedReport.bySection(Map.of("0", "a", "12", "c", "x", "b", "1", " ")));
        assertEquals(Map.of(), SavedReport.bySection(null));
    }

    private static Entry story(List<String> outcomes, List<Entry.Attachment> attachments) {
        return new Entry(DAY, "Soep", null, Entry.EntryType.STORY, null, null, outcomes, attachments);
    }

    private static Entry.Attachment photo(String fileId, String alt, List<String> names) {
        return new Entry.Attachment(fileId, "f.jpg", "image/jpeg", alt, names);
    }

    @Test
    void aStoryHasNamedOutcomesAndAtMostTenDescribedAttachments() {
        assertNull(LogbookRules.problem(story(Collections.nCopies(50, "t/o"), List.of())));
        assertEquals("outcomeIds", field(LogbookRules.problem(story(Collections.nCopies(51, "t/o"), List.of()))));
        assertEquals("outcomeIds", field(LogbookRules.problem(story(List.of(" "), List.of()))));
        assertNull(LogbookRules.problem(story(List.of("o".repeat(140)), List.of())));
        assertEquals("outcomeIds", field(LogbookRules.problem(story(List.of("o".repeat(141)), List.of()))));
        assertNull(LogbookRules.problem(story(List.of(), Collections.nCopies(10, photo("f", "Buren", List.of())))));
        assertEquals("attachments", field(LogbookRules.problem(story(List.of(), Collections.nCopies(11,
                photo("f", "Buren", List.of()))))));
        assertEquals("attachments[0].fileId", field(LogbookRules.problem(story(List.of(), List.of(photo(" ", "a",
                List.of()))))));
        assertEquals("attachments[0].alt", field(LogbookRules.problem(story(List.of(), List.of(photo("f", null,
                List.of()))))));
        assertEquals("attachments[0].alt", field(LogbookRules.problem(story(List.of(), List.of(photo("f", "a".repeat(501),
                List.of()))))));
        assertNull(LogbookRules.problem(story(List.of(), List.of(photo("f", "a".repeat(500), Collections.nCopies(20, "Rita"))))));
        assertEquals("attachments[0].recognisable", field(LogbookRules.problem(story(List.of(), List.of(photo("f", "a",
                Collections.nCopies(21, "Rita")))))));
        assertEquals("attachments[0].recognisable", field(LogbookRules.problem(story(List.of(), List.of(photo("f", "a",
                List.of("n".repeat(201))))))));
        assertTrue(new Entry.Attachment("f", "n", "t", "a", null).recognisable().isEmpty());
    }

    private static Baseline.Figure figure(String label, String value, String unit, String source) {
        return new Baseline.Figure(label, value == null ? null : new BigDecimal(value), unit, source, DAY);
    }

    @Test
    void aBaselineFigureHasItsLimits() {
        String ok = "x".repeat(300);
        assertNull(BaselineRules.problem(new Baseline("n", DAY, List.of(figure(ok, "1000000000", "u".repeat(50), ok)),
                "v".repeat(20_000), null, null)));
        assertEquals("narrative", field(BaselineRules.problem(new Baseline("n", DAY, List.of(), "v".repeat(20_001), null,
                null))));
        assertEquals("figures[0].label", field(BaselineRules.problem(new Baseline("n", DAY, List.of(figure(ok + "x", "1",
                null, "s")), null, null, null))));
        assertEquals("figures[0].value", field(BaselineRules.problem(new Baseline("n", DAY, List.of(figure("l",
                "1000000000.5", null, "s")), null, null, null))));
        assertEquals("figures[0].value", field(BaselineRules.problem(new Baseline("n", DAY, List.of(figure("l",
                "1.00001", null, "s")), null, null, null))));
        assertEquals("figures[0].unit", field(BaselineRules.problem(new Baseline("n", DAY, List.of(figure("l", "1",
                "u".repeat(51), "s")), null, null, null))));
        assertEquals("figures[0].source", field(BaselineRules.problem(new Baseline("n", DAY, List.of(figure("l", "1",
                null, ok + "x")), null, null, null))));
        assertNull(BaselineRules.problem(new Baseline("n", DAY, Collections.nCopies(100, figure("l", "1", null, "s")),
                null, null, null)));
        assertEquals("figures", field(BaselineRules.problem(new Baseline("n", DAY, Collections.nCopies(101,
                figure("l", "1", null, "s")), null, null, null))));
        assertEquals("neighbourhoodId", field(BaselineRules.problem(new Baseline(" ", DAY, List.of(), "x", null, null))));
    }

    @Test
    void aMeasurementsSourceAndNoteHaveTheirLimits() {
        Theory theory = TheoryRules.nextVersion(null, TheoryRulesTest.stationswijk(), Instant.EPOCH, "x");
        assertNull(Measurements.problem(new Measurement("t", "soep", DAY, BigDecimal.ONE, "s".repeat(300), "n".repeat(2000)),
                theory, DAY));
        assertEquals("source", field(Measurements.problem(new Measurement("t", "soep", DAY, BigDecimal.ONE,
                "s".repeat(301), null), theory, DAY)));
        assertEquals("note", field(Measurements.problem(new Measurement("t", "soep", DAY, BigDecimal.ONE, "s",
                "n".repeat(2001)), theory, DAY)));
        assertNull(Measurements.problem(new Measurement("t", "soep", DAY, new BigDecimal("1000000000"), "s", null),
                theory, DAY));
        assertNull(Measurements.problem(new Measurement("t", "soep", DAY, new BigDecimal("0.0001"), "s", null), theory, DAY));
    }

    @Test
    void aTheoryHasItsLimitsToo() {
        Theory.Outcome o = new Theory.Outcome("o", null, "x");
        assertNull(TheoryRules.problem(new Theory("x", null, 0, null, Collections.nCopies(1, o), Collections.nCopies(1,
                new Theory.Indicator("i", "o", "w".repeat(300), "u".repeat(50), null, "h".repeat(1000), null)),
                Collections.nCopies(100, "p".repeat(1000)), null, null, null), OutcomeCategories.shipped()));
        assertEquals("preconditions", field(TheoryRules.problem(new Theory("x", null, 0, null, null, null,
                List.of("p".repeat(1001)), null, null, null), OutcomeCategories.shipped())));
        assertEquals("indicators[0].what", field(TheoryRules.problem(new Theory("x", null, 0, null, List.of(o),
                List.of(new Theory.Indicator("i", "o", "w".repeat(301), null, null, null, null)), null, null, null, null),
                OutcomeCategories.shipped())));
        assertEquals("indicators[0].how", field(TheoryRules.problem(new Theory("x", null, 0, null, List.of(o),
                List.of(new Theory.Indicator("i", "o", "w", null, null, "h".repeat(1001), null)), null, null, null, null),
                OutcomeCategories.shipped())));
        assertEquals("outcomes[0].id", field(TheoryRules.problem(new Theory("x", null, 0, null, List.of(
                new Theory.Outcome("o".repeat(65), null, "x")), null, null, null, null, null), OutcomeCategories.shipped())));
        assertNull(TheoryRules.problem(new Theory("x", null, 0, null, List.of(new Theory.Outcome("o".repeat(64), null,
                "t".repeat(1000))), null, null, null, null, null), OutcomeCategories.shipped()));
        assertEquals("outcomes[0].text", field(TheoryRules.problem(new Theory("x", null, 0, null, List.of(
                new Theory.Outcome("o", null, "t".repeat(1001))), null, null, null, null, null), OutcomeCategories.shipped())));
        assertEquals("outcomes", field(TheoryRules.problem(new Theory("x", null, 0, null, java.util.stream.IntStream
                .range(0, 101).mapToObj(i -> new Theory.Outcome("o" + i, null, "x")).toList(), null, null, null, null, null),
                OutcomeCategories.shipped())));
        assertEquals("indicators", field(TheoryRules.problem(new Theory("x", null, 0, null, List.of(o),
                java.util.stream.IntStream.range(0, 301).mapToObj(i -> new Theory.Indicator("i" + i, "o", "w", null, null,
                        null, null)).toList(), null, null, null, null), OutcomeCategories.shipped())));
        assertEquals("indicators[0].id", field(TheoryRules.problem(new Theory("x", null, 0, null, List.of(o),
                List.of(new Theory.Indicator("i".repeat(65), "o", "w", null, null, null, null)), null, null, null, null),
                OutcomeCategories.shipped())));
    }

    @Test
    void aStoredMeasurementNeedsItsPartsButNotItsIndicatorStillInTheTheory() {
        assertNull(Measurements.shape(new Measurement("t", "gone", DAY, BigDecimal.ONE, "s", null)));
        assertEquals("theoryId", field(Measurements.shape(new Measurement(" ", "i", DAY, BigDecimal.ONE, "s", null))));
        assertEquals("indicatorId", field(Measurements.shape(new Measurement("t", null, DAY, BigDecimal.ONE, "s", null))));
        assertEquals("date", field(Measurements.shape(new Measurement("t", "i", null, BigDecimal.ONE, "s", null))));
        assertEquals("value", field(Measurements.shape(new Measurement("t", "i", DAY, null, "s", null))));
        assertEquals("source", field(Measurements.shape(new Measurement("t", "i", DAY, BigDecimal.ONE, " ", null))));
    }

    @Test
    void aStoredReportNeedsAReadableTemplateAndWhenItWasSaved() {
        String json = ReportTemplates.shipped().get(3).json();
        assertNull(SavedReport.stored(new SavedReport("council-story", 1, "logbook", json, null, null, null, null,
                Map.of("2", "x"), Instant.EPOCH, "An")));
        assertEquals("texts", field(SavedReport.stored(new SavedReport("council-story", 1, "logbook", json, null, null,
                null, null, Map.of("3", "x"), Instant.EPOCH, "An"))), "the council's page has three sections");
        assertEquals("templateJson", field(SavedReport.stored(new SavedReport(null, 1, "logbook", json, null, null, null,
                null, null, Instant.EPOCH, "An"))));
        assertEquals("templateJson", field(SavedReport.stored(new SavedReport("x", 1, "logbook", null, null, null, null,
                null, null, Instant.EPOCH, "An"))));
        assertEquals("templateJson", field(SavedReport.stored(new SavedReport("x", 1, "logbook", "{}", null, null, null,
                null, null, Instant.EPOCH, "An"))));
        assertEquals("savedAt", field(SavedReport.stored(new SavedReport("x", 1, "logbook", json, null, null, null, null,
                null, null, "An"))));
        java.util.Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("0", null);
        withNull.put("1", "kept");
        assertEquals(Map.of("1", "kept"), new SavedReport("x", 1, "o", json, null, null, null, null, withNull, Instant.EPOCH,
                "An").texts(), "an empty text is no text");
    }
}
