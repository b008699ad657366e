package be.buurtwijzer.plugins.logbook.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the progress log: a number (how many residents came) or a story (what happened, perhaps with
 * photos, drawings, audio or video), optionally tied to an indicator and tagged with the outcomes of the theory
 * of change it shows evidence of (outcome harvesting; seed 001, sheet L).
 *
 * @param outcomeIds outcomes of a theory of change, as "theoryId/outcomeId"
 */
public record Entry(LocalDate date, String title, String text, EntryType type, Integer count, String indicator,
        List<String> outcomeIds, List<Attachment> attachments) {

    public Entry {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An entry without outcomes or attachments (JSON-B needs one constructor, so this is a factory). */
    public static Entry of(LocalDate date, String title, String text, EntryType type, Integer count, String indicator) {
        return new Entry(date, title, text, type, count, indicator, List.of(), List.of());
    }

    public enum EntryType {
        NUMBER, STORY
    }

    /**
     * A file kept with a story through the platform: its id, what it shows in words (the alt text), and who can
     * be recognised on it (whose consent the municipality recorded).
     */
    public record Attachment(String fileId, String fileName, String mediaType, String alt, List<String> recognisable) {

        public Attachment {
            recognisable = recognisable == null ? List.of() : List.copyOf(recognisable);
        }
    }
}
