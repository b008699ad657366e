package be.buurtwijzer.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.mail.Mail;
import be.buurtwijzer.core.application.mail.MailTexts;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    @Test
    void mailsAreDutchUnlessEnglishWasChosenWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Mail dutch = MailTexts.passwordReset("a@example.org", null, "An O'Neill", Duration.ofMinutes(30),
                    "https://x.example/password-reset/t");
            assertEquals("Een nieuw wachtwoord kiezen voor Buurtwijzer", dutch.subject());
            assertTrue(dutch.text().startsWith("Dag An O'Neill,"), dutch.text());
            assertTrue(dutch.text().contains("30 minuten geldig") && dutch.text().contains("\nhttps://x.example/password-reset/t\n"),
                    dutch.text());
            Mail english = MailTexts.invitation("b@example.org", "en", "Stad Stederen", "Anne", TenantRole.COORDINATOR,
                    Instant.parse("2026-12-14T23:30:00Z"), "https://x.example/invitation/t");
            assertEquals("Invitation to Stad Stederen in Buurtwijzer", english.subject());
            assertTrue(english.text().contains("Anne invites you to work on Stad Stederen in Buurtwijzer as coordinator"),
                    english.text());
            assertTrue(english.text().contains("valid until 15/12/2026"), "the day in Brussels: " + english.text());
            Mail flemish = MailTexts.invitation("b@example.org", "nl-BE", "Stad Stederen", "Anne", TenantRole.PARTNER,
                    Instant.parse("2026-12-14T10:00:00Z"), "https://x.example/invitation/t");
            assertTrue(flemish.text().contains("als partner mee te werken aan Stad Stederen"), flemish.text());
        } finally {
            Locale.setDefault(before);
        }
    }
}
