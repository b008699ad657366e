package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.report.FragmentResult;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a report is assembled from, read beforehand, and the three things the assembler asks for as it
 * goes: another instrument's fragment, a chart of an indicator, and the picture of a story's attachment.
 *
 * @param texts what the coordinator wrote for the TEXT sections, by section index
 * @param theoryId the stored theory's id, which a story's outcome tags name ("theoryId/outcomeId")
 */
public record ReportInput(ReportTemplate template, String municipality, LocalDate today, LocalDate from, LocalDate to,
        String theoryId, Theory theory, List<Baseline> baselines, Map<String, String> neighbourhoodNames, List<Measurement> measurements,
        List<Story> stories, Map<Integer, String> texts, OutcomeCategories categories, Locale locale,
        Sources sources) {

    /** A story as stored, with its id. */
    public record Story(String id, Entry entry) {
    }

    /** Where the assembler gets what it cannot compute itself. */
    public interface Sources {
        FragmentResult fragment(ReportTemplate.Section section);

        /** A chart of an indicator's values; null when there is nothing to draw. */
        ReportFragment.Figure chart(Theory.Indicator indicator, List<Measurement> series);

        /** The picture of an attachment, scaled for a page; null when it is no picture or is gone. */
        ReportDocument.Photo picture(Entry.Attachment attachment);
    }
}
