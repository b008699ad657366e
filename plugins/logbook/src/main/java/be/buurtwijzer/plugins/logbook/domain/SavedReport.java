package be.buurtwijzer.plugins.logbook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report a municipality made: which template (and the template itself as it was, so that an upgraded template
 * pack leaves it alone), which theory of change and version, the period, and what the coordinator wrote for
 * the text sections (by section index; null for the other sections).
 */
public record SavedReport(String templateId, int templateVersion, String templateOrigin, String templateJson,
        String theoryId, Integer theoryVersion, LocalDate from, LocalDate to, List<String> texts, Instant savedAt,
        String savedBy) {

    public SavedReport {
        texts = texts == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(texts));
    }

    public java.util.Map<Integer, String> textsBySection() {
        java.util.Map<Integer, String> bySection = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null) {
                bySection.put(i, texts.get(i));
            }
        }
        return bySection;
    }

    /** The first problem as "field: what", or null. */
    public static String problem(SavedReport r, int sections) {
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            return "to: lies before from";
        }
        if (r.texts().size() > sections) {
            return "texts: one per section at most (" + sections + ")";
        }
        for (String text : r.texts()) {
            if (text != null && text.length() > 20_000) {
                return "texts: a section's text is 20000 characters at most";
            }
        }
        return null;
    }
}
