package be.buurtwijzer.plugins.logbook;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The logbook's own logic, apart from storage and the platform. */
public final class LogbookRules {

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
        if (entry.type() == Entry.EntryType.NUMBER && (entry.count() == null || entry.count() < 0)) {
            return "count: a number entry needs a count of 0 or more";
        }
        return null;
    }

    public static Summary summarise(List<Entry> entries, Integer year) {
        Map<String, Integer> totals = new TreeMap<>();
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
                    totals.merge(e.indicator(), e.count(), Integer::sum);
                }
            } else {
                stories++;
            }
        }
        return new Summary(counted, numbers, stories, totals);
    }

    /** RFC 4180 CSV with a header; fields with separators, quotes or line breaks are quoted. */
    public static String csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("date,type,title,count,indicator,text\r\n");
        for (Entry e : entries) {
            csv.append(field(e.date() == null ? "" : e.date().toString())).append(',')
                    .append(field(e.type() == null ? "" : e.type().name())).append(',')
                    .append(field(e.title())).append(',')
                    .append(field(e.count() == null ? "" : e.count().toString())).append(',')
                    .append(field(e.indicator())).append(',')
                    .append(field(e.text())).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
