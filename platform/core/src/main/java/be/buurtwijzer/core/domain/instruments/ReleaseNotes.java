package be.buurtwijzer.core.domain.instruments;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release notes in the reader's language: a publisher may write them once, or in parts marked
 * {@code [nl]} and {@code [en]}; a reader gets the part in their language, else the Dutch one, else
 * the one there is; unmarked notes are shown whole.
 */
public final class ReleaseNotes {

    private static final Pattern PART = Pattern.compile("\\[(nl|en)]\\s*(.*?)\\s*(?=\\[(?:nl|en)]|$)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ReleaseNotes() {
    }

    public static String in(String notes, Locale locale) {
        if (notes == null) {
            return "";
        }
        String wanted = "en".equals(locale.getLanguage()) ? "en" : "nl";
        String dutch = null;
        String first = null;
        Matcher part = PART.matcher(notes);
        while (part.find()) {
            String language = part.group(1).toLowerCase(Locale.ROOT);
            String text = part.group(2);
            if (text.isBlank()) {
                continue;
            }
            first = first == null ? text : first;
            if (language.equals(wanted)) {
                return text;
            }
            if (language.equals("nl")) {
                dutch = text;
            }
        }
        return dutch != null ? dutch : first != null ? first : notes.trim();
    }
}
