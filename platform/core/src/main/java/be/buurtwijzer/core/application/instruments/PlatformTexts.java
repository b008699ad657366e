package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's refusals that reach a plugin's page, in the page's language. The workspace has
 * its own bundles; a plugin only has what the platform hands it, so these few live here.
 */
final class PlatformTexts {

    private static final Map<String, String[]> TEXTS = Map.of(
            "changed-meanwhile", new String[] {
                    "Dit werd intussen gewijzigd door {0}. Herlaad om de nieuwe versie te zien; er werd niets overschreven.",
                    "This was changed meanwhile by {0}. Reload to see the new version; nothing was overwritten."},
            "ControlCharacter", new String[] {
                    "Bevat een onzichtbaar teken of stuurteken; verwijder het.",
                    "Contains an invisible or control character; remove it."});

    private PlatformTexts() {
    }

    static String say(ApplicationException e, Locale locale) {
        int language = locale != null && "en".equals(locale.getLanguage()) ? 1 : 0;
        if (e.code() != null && TEXTS.containsKey(e.code())) {
            return new MessageFormat(TEXTS.get(e.code())[language], locale).format(e.args());
        }
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            FieldViolation first = invalid.violations().get(0);
            if (first.code() != null && TEXTS.containsKey(first.code())) {
                return TEXTS.get(first.code())[language];
            }
        }
        return e.getMessage();
    }
}
