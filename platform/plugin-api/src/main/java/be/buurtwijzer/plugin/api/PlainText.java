package be.buurtwijzer.plugin.api;

import java.text.Normalizer;

/**
 * What text people may store: no control characters (tab and line breaks excepted), no invisible
 * formatting characters (bidirectional overrides, zero-width characters, byte order marks), no
 * broken surrogates; kept in Unicode NFC so that equal-looking names are equal.
 * <p>
 * Such characters have no place in a name or a description, make exports invalid XML, and are the
 * material of spoofing (a bidi override shows "gpj.exe" as "exe.jpg"). The platform refuses them
 * in every input (since 1.2); plugins use {@link #forXml} for what they write into XML documents.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The first offending character's position, or -1 when the text is acceptable. */
    public static int offending(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (c == ZERO_WIDTH_JOINER && joinsEmoji(text, i)) {
                continue;
            }
            if (Character.isLowSurrogate(c) || isRefused(c)) {
                return i;
            }
        }
        return -1;
    }

    private static final char ZERO_WIDTH_JOINER = 0x200D;

    /** The zero-width joiner has one honest use in names and stories: inside an emoji sequence (👩‍👧). */
    private static boolean joinsEmoji(String text, int at) {
        if (at == 0 || at + 1 >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at + 1);
        return (isPictograph(before) || before == 0xFE0F) && isPictograph(after);
    }

    private static boolean isPictograph(int codePoint) {
        return codePoint >= 0x1F000 || Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    public static boolean isRefused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || (c >= 0xFFF9 && c <= 0xFFFB);
    }

    /** A sentence for the person who typed it: which character, where. */
    public static String problem(String text, int position) {
        return "contains an invisible or control character (U+" + String.format("%04X", (int) text.charAt(position))
                + ") at position " + (position + 1) + "; remove it";
    }

    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Text as it may go into an XML document (SVG, DOCX, the HTML of a PDF) whatever is stored:
     * characters XML 1.0 cannot carry and invisible formatting characters are dropped.
     */
    public static String forXml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !isRefused(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
