package be.buurtwijzer.plugin.api;

/**
 * An RFC 4180 CSV document for an export: rows end in CRLF; a cell with a comma, quote or line
 * break is quoted; a cell starting with {@code = + - @} (or a tab or carriage return) gets a leading
 * apostrophe so a spreadsheet shows it instead of running it as a formula.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    /** An empty line, e.g. between two tables in one document. */
    public Csv blankLine() {
        out.append("\r\n");
        return this;
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
