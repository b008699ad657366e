package be.buurtwijzer.core.domain.privacy;

import be.buurtwijzer.plugin.api.privacy.Redaction;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The person a data-subject request is about, as the administrator typed them: a name (as it is written in
 * the register and in texts) and, if known, an e-mail address. Decides what is about them: a name that is
 * the same whatever the case, accents as typed, spaces collapsed; an e-mail address whatever its case; a
 * text that mentions either as a whole word.
 */
public record PersonMatch(String name, String email) {

    public PersonMatch {
        name = clean(name);
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isNamed(String candidate) {
        return name != null && candidate != null && name.equalsIgnoreCase(clean(candidate));
    }

    public boolean hasEmail(String candidate) {
        return email != null && candidate != null && email.equalsIgnoreCase(candidate.strip());
    }

    public boolean isMentionedIn(String text) {
        return Redaction.mentions(text, name) || (email != null && Redaction.mentions(text, email));
    }

    /** The text with the name and the e-mail address blanked. */
    public String redact(String text) {
        String redacted = Redaction.redact(text, name);
        return email == null ? redacted : Redaction.redact(redacted, email);
    }

    private static String clean(String name) {
        return name == null ? null : Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }
}
