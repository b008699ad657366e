package be.buurtwijzer.plugin.api.privacy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding and blanking a person's name in free text (a story, a note), whatever its case; the same
 * for every plugin, so that an erased name is gone the same way everywhere.
 */
public final class Redaction {

    /** What stands where a name was erased. */
    public static final String ERASED = "[naam verwijderd]";

    private Redaction() {
    }

    public static boolean mentions(String text, String name) {
        return text != null && usable(name) && pattern(name).matcher(Normalizer.normalize(text,
                Normalizer.Form.NFC)).find();
    }

    /** The text with every occurrence of the name replaced by {@link #ERASED}; unchanged without a usable name. */
    public static String redact(String text, String name) {
        if (text == null || !usable(name)) {
            return text;
        }
        return pattern(name).matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(Matcher.quoteReplacement(ERASED));
    }

    private static boolean usable(String name) {
        return name != null && name.strip().length() >= 2;
    }

    private static Pattern pattern(String name) {
        String normalised = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalised) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
