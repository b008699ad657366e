package be.buurtwijzer.plugin.api.report;

import java.util.List;

/**
 * A fragment's content, already in the user's language: a title and blocks of text, tables and pictures.
 *
 * @param source what the content is and as of when, e.g. "Spinnenweb 'Eenzaamheid', momentopname 12/03/2026"
 */
public record ReportFragment(String title, String source, List<Block> blocks) {

    public ReportFragment {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** One block of a fragment. */
    public sealed interface Block permits Paragraph, Table, Figure {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A table with a header row; every row has as many cells as there are headers. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {

        /**
         * The tables of a CSV document (split at its blank lines, the first row of each as its header), rows
         * padded or cut to the header's width: an export's content, reused as it is.
         */
        public static List<Block> of(be.buurtwijzer.plugin.api.Csv csv) {
            return csv.tables().stream().<Block>map(t -> {
                List<String> header = t.get(0);
                List<List<String>> body = t.subList(1, t.size()).stream().map(r -> {
                    java.util.List<String> row = new java.util.ArrayList<>(r.subList(0, Math.min(r.size(), header.size())));
                    while (row.size() < header.size()) {
                        row.add("");
                    }
                    return (List<String>) row;
                }).toList();
                return new Table(null, header, body);
            }).toList();
        }

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size()
                            + " headers");
                }
            }
        }
    }

    /**
     * A picture as PNG, with the text that says what it shows (for screen readers and the DOCX alt text), and
     * its size in pixels at the resolution it was drawn.
     */
    public record Figure(String caption, String alt, byte[] png, int width, int height) implements Block {

        public Figure {
            if (png == null || png.length == 0) {
                throw new IllegalArgumentException("a figure needs its picture");
            }
            if (alt == null || alt.isBlank()) {
                throw new IllegalArgumentException("a figure needs a text that says what it shows");
            }
        }
    }
}
