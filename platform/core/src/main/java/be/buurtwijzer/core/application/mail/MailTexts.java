package be.buurtwijzer.core.application.mail;

import be.buurtwijzer.core.domain.tenancy.TenantRole;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the platform's mails, from the {@code mails} bundles beside this class: Dutch unless
 * the person (or, for an invitation, the municipality) chose English.
 */
public final class MailTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Brussels"));

    private MailTexts() {
    }

    public static Mail invitation(String to, String locale, String municipality, String invitedBy, TenantRole role,
            Instant validUntil, String link) {
        ResourceBundle texts = bundle(locale);
        return new Mail(to, format(texts, "invitation.subject", municipality), format(texts, "invitation.body",
                municipality, invitedBy, texts.getString("role." + role.name()), DAY.format(validUntil), link));
    }

    public static Mail passwordReset(String to, String locale, String displayName, Duration validFor, String link) {
        ResourceBundle texts = bundle(locale);
        return new Mail(to, texts.getString("reset.subject"), format(texts, "reset.body", displayName, to,
                String.valueOf(validFor.toMinutes()), link));
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    /** Without falling back to the JVM's own language: a Dutch person on an English server still reads Dutch. */
    private static ResourceBundle bundle(String locale) {
        Locale language = locale != null && locale.startsWith("en") ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("be.buurtwijzer.core.application.mail.mails", language,
                MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
