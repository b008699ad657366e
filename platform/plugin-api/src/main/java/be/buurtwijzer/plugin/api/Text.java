package be.buurtwijzer.plugin.api;

import java.util.Locale;
import java.util.Objects;

/** A text in Dutch (nl-BE, the default) and English. */
public record Text(String nl, String en) {

    public Text {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return pick(locale, nl, en);
    }

    /** The Dutch or the English sentence for this locale, Dutch unless the locale is English (since 2.0). */
    public static String pick(Locale locale, String nl, String en) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
