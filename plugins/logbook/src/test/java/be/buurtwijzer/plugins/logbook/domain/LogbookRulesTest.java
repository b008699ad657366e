package be.buurtwijzer.plugins.logbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogbookRulesTest {

    private static Entry number(String date, int count, String indicator) {
        return Entry.of(LocalDate.parse(date), "Buurtsoep", null, Entry.EntryType.NUMBER, count, indicator);
    }

    @Test
    void summarisesNumbersPerIndicatorAndCountsStories() {
        List<Entry> entries = List.of(number("2026-03-01", 12, "bereikte bewoners"),
                number("2026-04-01", 8, "bereikte bewoners"), number("2025-12-01", 5, "bereikte bewoners"),
                Entry.of(LocalDate.parse("2026-05-02"), "Mevrouw Janssens", "Kwam voor het eerst", Entry.EntryType.STORY,
                        null, null));
        assertEquals(new Summary(3, 2, 1, Map.of("bereikte bewoners", 20L)), LogbookRules.summarise(entries, 2026));
        assertEquals(4, LogbookRules.summarise(entries, null).entries());
    }

    @Test
    void refusesIncompleteEntries() {
        assertEquals("date: is required", LogbookRules.problem(Entry.of(null, "x", null, Entry.EntryType.STORY, null, null)));
        assertEquals("count: a number entry needs a count from 0 to 1000000000",
                LogbookRules.problem(Entry.of(LocalDate.now(), "x", null, Entry.EntryType.NUMBER, null, null)));
        assertNull(LogbookRules.problem(number("2026-01-01", 0, null)));
    }

    @Test
    void totalsDoNotOverflowWithLargeCounts() {
        List<Entry> entries = List.of(number("2026-01-01", LogbookRules.MAX_COUNT, "x"),
                number("2026-01-02", LogbookRules.MAX_COUNT, "x"), number("2026-01-03", LogbookRules.MAX_COUNT, "x"));
        assertEquals(3_000_000_000L, LogbookRules.summarise(entries, null).totalsByIndicator().get("x"));
        assertEquals("count: a number entry needs a count from 0 to 1000000000",
                LogbookRules.problem(number("2026-01-01", LogbookRules.MAX_COUNT + 1, null)));
        assertEquals("type: is required (NUMBER or STORY)",
                LogbookRules.problem(Entry.of(LocalDate.now(), "x", null, null, null, null)));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        String csv = new String(LogbookRules.csv(List.of(Entry.of(LocalDate.parse("2026-01-02"), "Koffie; taart",
                "Hij zei \"dank\"", Entry.EntryType.STORY, null, null)), java.util.Locale.forLanguageTag("nl-BE")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFFdatum;soort;titel;aantal;indicator;tekst\r\n02/01/2026;verhaal;\"Koffie; taart\";;;"
                + "\"Hij zei \"\"dank\"\"\"\r\n", csv);
    }

    @Test
    void eachLimitIsExactAndTheMinimalEntryIsADateATitleAndAType() {
        LocalDate day = LocalDate.parse("2026-11-12");
        assertNull(LogbookRules.problem(Entry.of(day, "x", null, Entry.EntryType.STORY, null, null)));
        assertEquals("title: is required", LogbookRules.problem(Entry.of(day, null, null, Entry.EntryType.STORY, null, null)));
        assertEquals("title: is required", LogbookRules.problem(Entry.of(day, " ", null, Entry.EntryType.STORY, null, null)));
        assertEquals("type: is required (NUMBER or STORY)", LogbookRules.problem(Entry.of(day, "x", null, null, 1, null)));
        assertNull(LogbookRules.problem(Entry.of(day, "t".repeat(200), null, Entry.EntryType.STORY, null, null)));
        assertEquals("title: at most 200 characters",
                LogbookRules.problem(Entry.of(day, "t".repeat(201), null, Entry.EntryType.STORY, null, null)));
        assertNull(LogbookRules.problem(Entry.of(day, "x", null, Entry.EntryType.NUMBER, LogbookRules.MAX_COUNT, null)));
        assertEquals("count: a number entry needs a count from 0 to 1000000000",
                LogbookRules.problem(Entry.of(day, "x", null, Entry.EntryType.NUMBER, -1, null)));
        assertNull(LogbookRules.problem(Entry.of(day, "x", null, Entry.EntryType.STORY, -1, null)),
                "a story's count is not read");
        assertNull(LogbookRules.problem(Entry.of(day, "x", null, Entry.EntryType.NUMBER, 3, "i".repeat(200))));
        assertEquals("indicator: at most 200 characters",
                LogbookRules.problem(Entry.of(day, "x", null, Entry.EntryType.NUMBER, 3, "i".repeat(201))));
        assertNull(LogbookRules.problem(Entry.of(day, "x", "v".repeat(10_000), Entry.EntryType.STORY, null, null)));
        assertEquals("text: at most 10000 characters",
                LogbookRules.problem(Entry.of(day, "x", "v".repeat(10_001), Entry.EntryType.STORY, null, null)));
    }
}
