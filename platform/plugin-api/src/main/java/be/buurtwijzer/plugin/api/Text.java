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
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
