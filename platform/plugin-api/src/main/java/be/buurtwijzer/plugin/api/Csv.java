package be.buurtwijzer.plugin.api;

/**
 * An RFC 4180 CSV document for an export: rows end in CRLF; a cell with a comma, quote or line
 * break is quoted; a cell that a spreadsheet could take for a formula gets a leading apostrophe so
 * it is shown instead of run: one starting with {@code = + - @}, a tab or line break, their
 * full-width forms ({@code ＝ ＋ － ＠}) and other look-alikes (minus sign, small equals), also
 * after leading spaces (spreadsheets skip those before deciding).
 */
public final class Csv {

    /** The media type of the XLSX that {@link InstrumentContext#spreadsheet} writes from a table (since 1.5). */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StringBuilder out = new StringBuilder();
    private final java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
    private final char separator;

    public Csv() {
        this(',');
    }

    private Csv(char separator) {
        this.separator = separator;
    }

    /**
     * The form Excel opens directly in Belgium (since 1.3): cells separated by semicolons, because the
     * comma is the decimal sign there; write it with {@link #toExcelBytes()} so that the accents survive.
     */
    public static Csv forBelgianExcel() {
        return new Csv(';');
    }

    public Csv row(String... cells) {
        rows.add(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cell(cells[i], separator));
        }
        out.append("\r\n");
        return this;
    }

    /** An empty line, e.g. between two tables in one document. */
    public Csv blankLine() {
        rows.add(java.util.List.of());
        out.append("\r\n");
        return this;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\u2212\uFE62\uFE63\uFE66\u207A\u207C";

    public static String cell(String value) {
        return cell(value, ',');
    }

    private static String cell(String value, char separator) {
        String v = value == null ? "" : value;
        if (looksLikeFormula(v)) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static boolean looksLikeFormula(String v) {
        int i = 0;
        while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\u00A0' || v.charAt(i) == '\u3000')) {
            i++;
        }
        return i < v.length() && FORMULA_STARTS.indexOf(v.charAt(i)) >= 0;
    }

    /**
     * The same rows as tables, split at blank lines, with the values as given (not escaped), e.g. to put an
     * export's content in a report fragment (since 1.4). The first row of each table is its header.
     */
    public java.util.List<java.util.List<java.util.List<String>>> tables() {
        java.util.List<java.util.List<java.util.List<String>>> tables = new java.util.ArrayList<>();
        java.util.List<java.util.List<String>> current = new java.util.ArrayList<>();
        for (java.util.List<String> row : rows) {
            if (row.isEmpty()) {
                if (!current.isEmpty()) {
                    tables.add(java.util.List.copyOf(current));
                }
                current = new java.util.ArrayList<>();
            } else {
                current.add(row);
            }
        }
        if (!current.isEmpty()) {
            tables.add(java.util.List.copyOf(current));
        }
        return tables;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** UTF-8 with a byte order mark, which Excel needs to read UTF-8 (since 1.3). */
    public byte[] toExcelBytes() {
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
