package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Csv;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The logbook's own logic, apart from storage and the platform. */
public final class LogbookRules {

    /** A count is of people or activities; beyond this it is a typing mistake. */
    public static final int MAX_COUNT = 1_000_000_000;

    /** Photos, drawings, recordings per story. */
    public static final int MAX_ATTACHMENTS = 10;

    /** How the logbook is read, in the API as on the page: the newest entry first. */
    public static final java.util.Comparator<Entry> NEWEST_FIRST = java.util.Comparator.comparing(Entry::date,
            java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>reverseOrder()));

    private LogbookRules() {
    }

    /** Why an entry cannot be stored, or null when it can. */
    public static String problem(Entry entry) {
        if (entry.date() == null) {
            return "date: is required";
        }
        if (entry.title() == null || entry.title().isBlank()) {
            return "title: is required";
        }
        if (entry.type() == null) {
            return "type: is required (NUMBER or STORY)";
        }
        if (entry.title().length() > 200) {
            return "title: at most 200 characters";
        }
        if (entry.type() == Entry.EntryType.NUMBER && (entry.count() == null || entry.count() < 0
                || entry.count() > MAX_COUNT)) {
            return "count: a number entry needs a count from 0 to " + MAX_COUNT;
        }
        if (entry.indicator() != null && entry.indicator().length() > 200) {
            return "indicator: at most 200 characters";
        }
        if (entry.text() != null && entry.text().length() > 10_000) {
            return "text: at most 10000 characters";
        }
        if (entry.outcomeIds().size() > 50 || entry.outcomeIds().stream().anyMatch(o -> o == null || o.isBlank()
                || o.length() > 140)) {
            return "outcomeIds: at most 50 outcomes, each named";
        }
        if (entry.attachments().size() > MAX_ATTACHMENTS) {
            return "attachments: at most " + MAX_ATTACHMENTS;
        }
        for (int i = 0; i < entry.attachments().size(); i++) {
            Entry.Attachment a = entry.attachments().get(i);
            if (a.fileId() == null || a.fileId().isBlank()) {
                return "attachments[" + i + "].fileId: is required";
            }
            if (a.alt() == null || a.alt().isBlank() || a.alt().length() > 500) {
                return "attachments[" + i + "].alt: say in words what it shows (500 characters at most), for people "
                        + "who cannot see it and for the report";
            }
            if (a.recognisable().size() > 20 || a.recognisable().stream().anyMatch(n -> n == null || n.isBlank()
                    || n.length() > 200)) {
                return "attachments[" + i + "].recognisable: at most 20 names";
            }
        }
        return null;
    }

    public static Summary summarise(List<Entry> entries, Integer year) {
        Map<String, Long> totals = new TreeMap<>();
        int numbers = 0;
        int stories = 0;
        int counted = 0;
        for (Entry e : entries) {
            if (year != null && (e.date() == null || e.date().getYear() != year)) {
                continue;
            }
            counted++;
            if (e.type() == Entry.EntryType.NUMBER) {
                numbers++;
                if (e.indicator() != null && e.count() != null) {
                    totals.merge(e.indicator(), (long) e.count(), Long::sum);
                }
            } else {
                stories++;
            }
        }
        return new Summary(counted, numbers, stories, totals);
    }

    /** The entries as a table for Belgian Excel, headed in the reader's language (see {@link Csv}). */
    public static Csv table(List<Entry> entries, java.util.Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Csv csv = Csv.forBelgianExcel().row(en ? "date" : "datum", en ? "kind" : "soort", en ? "title" : "titel",
                en ? "count" : "aantal", en ? "indicator" : "indicator", en ? "text" : "tekst");
        for (Entry e : entries) {
            csv.row(e.date() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(e.date()),
                    e.type() == null ? "" : e.type() == Entry.EntryType.NUMBER ? (en ? "figure" : "cijfer")
                            : (en ? "story" : "verhaal"), e.title(), e.count() == null ? "" : e.count().toString(),
                    e.indicator(), e.text());
        }
        return csv;
    }

    /** The same as the CSV file Belgian Excel opens: semicolons, UTF-8 with a byte order mark. */
    public static byte[] csv(List<Entry> entries, java.util.Locale locale) {
        return table(entries, locale).toExcelBytes();
    }
}
