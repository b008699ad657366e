package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.report.ReportFragment;
import java.util.List;

/**
 * An assembled report, before any format: sections of headings, content blocks (text, tables, pictures, as
 * fragments have them) and notes (what is missing or was left out, and why). PDF and DOCX lay it out each.
 *
 * @param theoryVersion the version of the theory of change the report used, if any
 */
public record ReportDocument(String title, String subtitle, String municipality, String templateId,
        int templateVersion, String templateOrigin, Integer theoryVersion, List<Section> sections) {

    public record Section(String title, List<Part> parts) {
    }

    public sealed interface Part permits Content, Note, Subheading, Photo {
    }

    /** A story's photo or drawing, as JPEG or PNG, with what it shows in words. */
    public record Photo(String caption, String alt, byte[] content, String mediaType, int width, int height)
            implements Part {
    }

    public record Content(ReportFragment.Block block) implements Part {
    }

    /** A remark in place of content: still to write, nothing yet, or left out and why. */
    public record Note(String text) implements Part {
    }

    public record Subheading(String text) implements Part {
    }
}
