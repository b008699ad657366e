package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.logbook.domain.Aspect;
import be.buurtwijzer.plugins.logbook.domain.Baseline;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import java.time.LocalDate;
import java.util.List;

/** The documentation instrument's operation inputs and outputs (JSON-B needs one constructor per record). */
public final class Payloads {

    private Payloads() {
    }

    public record Nothing() {
    }

    public record Id(String id) {
    }

    public record CategoryDetails(String id, Aspect aspect, String aspectLabel, String name, List<String> outcomes,
            List<String> tips, boolean shipped) {
    }

    /** A category of the municipality's own, beside the seed's ten. */
    public record CategoryInput(String id, Aspect aspect, String nl, String en) {
    }

    /** A theory to save as its next version: with its id and the stored version you read, or without for a new one. */
    public record TheoryInput(String id, Long recordVersion, Theory theory) {
    }

    public record TheoryRequest(String id, Integer version) {
    }

    public record TheoryDetails(String id, long recordVersion, Theory theory, List<String> warnings, List<Integer> versions) {
    }

    public record TheorySummary(String id, String name, int version, int outcomes, int indicators, int warnings) {
    }

    public record BaselineInput(String id, Long version, Baseline baseline) {
    }

    public record BaselineDetails(String id, long version, String neighbourhood, Baseline baseline) {
    }

    public record Confirm(String id, Long version) {
    }

    public record MeasurementRequest(String theoryId, String indicatorId) {
    }

    public record MeasurementDetails(String id, Measurement measurement, String indicator, String unit) {
    }

    /**
     * A story (or a number) for the log. When an attached picture shows people who can be recognised, {@code
     * consentConfirmed} says the coordinator has their consent; it is recorded in the platform's consent register
     * for each of them.
     */
    public record StoryInput(Entry entry, boolean consentConfirmed) {
    }

    public record EntryDetails(String id, long version, Entry entry) {
    }

    public record SectionDetails(int index, String kind, String title, String guidance, String plugin, String fragment) {
    }

    public record TemplateDetails(String id, int version, String origin, String originName, String name, String audience,
            List<SectionDetails> sections) {
    }

    /**
     * A report to make or keep: a kept one by its id, or a template with a theory, a period and the texts written
     * for its text sections, by section index ({@code {"0": "…"}}).
     */
    public record ReportRequest(String reportId, Long version, String templateId, String templateOrigin, String theoryId,
            LocalDate from, LocalDate to, java.util.Map<String, String> texts) {
    }

    public record SavedReportDetails(String id, long version, String title, String templateId, int templateVersion,
            String templateOrigin, String theoryId, Integer theoryVersion, LocalDate from, LocalDate to,
            java.util.Map<String, String> texts, String savedBy) {
    }

    /** A report's content as data, for those who build their own report; pictures as base64 PNG. */
    public record ReportData(String title, String subtitle, String municipality, String templateId, int templateVersion,
            Integer theoryVersion, List<SectionData> sections) {
    }

    public record SectionData(String title, List<PartData> parts) {
    }

    /** One part: {@code type} is heading, note, paragraph, table or figure. */
    public record PartData(String type, String text, String caption, List<String> headers, List<List<String>> rows,
            String alt, String png, Integer width, Integer height) {
    }
}
