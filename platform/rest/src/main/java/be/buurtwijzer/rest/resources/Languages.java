package be.buurtwijzer.rest.resources;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language an API caller asked for (Accept-Language): Dutch when it prefers Dutch, else English. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if ("nl".equals(locale.getLanguage())) {
                    return Locale.forLanguageTag("nl-BE");
                }
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
