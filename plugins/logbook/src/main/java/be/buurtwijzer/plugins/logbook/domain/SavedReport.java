package be.buurtwijzer.plugins.logbook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A report a municipality made: which template (and the template itself as it was, so that an upgraded template
 * pack leaves it alone), which theory of change and version, the period, and what the coordinator wrote for
 * the text sections.
 *
 * @param texts what was written, by the section's index ("0" for the first section)
 */
public record SavedReport(String templateId, int templateVersion, String templateOrigin, String templateJson,
        String theoryId, Integer theoryVersion, LocalDate from, LocalDate to, Map<String, String> texts, Instant savedAt,
        String savedBy) {

    public SavedReport {
        Map<String, String> written = new java.util.HashMap<>();
        if (texts != null) {
            texts.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    written.put(k, v);
                }
            });
        }
        texts = Map.copyOf(written);
    }

    /** The texts by section index; keys that are no section index are left out. */
    public static Map<Integer, String> bySection(Map<String, String> texts) {
        Map<Integer, String> bySection = new java.util.HashMap<>();
        if (texts != null) {
            texts.forEach((key, text) -> {
                if (key != null && key.matches("\\d{1,2}") && text != null && !text.isBlank()) {
                    bySection.put(Integer.parseInt(key), text);
                }
            });
        }
        return bySection;
    }

    /** What a stored report must be to be read: its template (readable), when and by whom, and its texts. */
    public static String stored(SavedReport r) {
        if (r.templateId() == null || r.templateJson() == null) {
            return "templateJson: is required";
        }
        if (r.savedAt() == null) {
            return "savedAt: is required";
        }
        int sections;
        try {
            sections = ReportTemplates.parse(r.templateJson(), r.templateOrigin()).sections().size();
        } catch (IllegalArgumentException unreadable) {
            return "templateJson: " + unreadable.getMessage();
        }
        return problem(r, sections);
    }

    /** The first problem as "field: what", or null. */
    public static String problem(SavedReport r, int sections) {
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            return "to: lies before from";
        }
        for (var text : r.texts().entrySet()) {
            if (!text.getKey().matches("\\d{1,2}") || Integer.parseInt(text.getKey()) >= sections) {
                return "texts: '" + text.getKey() + "' is not a section of the template (0 to " + (sections - 1) + ")";
            }
            if (text.getValue() != null && text.getValue().length() > 20_000) {
                return "texts: a section's text is 20000 characters at most";
            }
        }
        return null;
    }
}
