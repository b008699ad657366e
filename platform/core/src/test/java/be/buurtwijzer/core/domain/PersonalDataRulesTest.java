package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.privacy.JsonRedaction;
import be.buurtwijzer.core.domain.privacy.PersonMatch;
import be.buurtwijzer.core.domain.privacy.RetentionRule;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PersonalDataRulesTest {

    private final PersonMatch mariette = new PersonMatch("  Mariette   Claes ", "Mariette.Claes@Voorbeeld.be");

    @Test
    void aPersonIsTheSameWhateverTheCaseAndTheSpacesButNotAnotherName() {
        assertTrue(mariette.isNamed("mariette claes"));
        assertTrue(mariette.hasEmail("mariette.claes@voorbeeld.be "));
        assertFalse(mariette.isNamed("Mariette Claessens"));
        assertFalse(mariette.isNamed(null));
        assertFalse(new PersonMatch("Jan", null).hasEmail(null), "no address asked, none matches");
    }

    @Test
    void aMentionIsAWholeNameOrTheAddressInAnyText() {
        assertTrue(mariette.isMentionedIn("Vandaag kwam MARIETTE CLAES langs."));
        assertTrue(mariette.isMentionedIn("mail naar mariette.claes@voorbeeld.be"));
        assertFalse(mariette.isMentionedIn("Mariette Claessens kwam langs."));
        assertEquals("Vandaag kwam [naam verwijderd] langs ([naam verwijderd]).",
                mariette.redact("Vandaag kwam Mariette Claes langs (mariette.claes@voorbeeld.be)."));
    }

    @Test
    void anAuditEntryIsRedactedInsideTheDocumentItHoldsAsText() {
        String document = "{\"title\":\"Koffie\",\"text\":\"Regel een\\nMariette Claes kwam.\"}";
        String changes = "{\"document\":{\"from\":null,\"to\":" + jsonString(document) + "},\"schemaVersion\":{\"from\":null,"
                + "\"to\":1}}";
        assertTrue(JsonRedaction.mentions(changes, mariette), "after an escaped line break too");
        String redacted = JsonRedaction.redact(changes, mariette);
        assertFalse(JsonRedaction.mentions(redacted, mariette), redacted);
        assertTrue(redacted.contains("Koffie") && redacted.contains("[naam verwijderd] kwam."), redacted);
        assertTrue(redacted.contains("\"schemaVersion\""), "the rest stays");
        assertEquals("{\"a\":1}", JsonRedaction.redact("{\"a\":1}", mariette), "untouched when nothing mentions them");
        assertEquals("geen json over [naam verwijderd]", JsonRedaction.redact("geen json over Mariette Claes", mariette));
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void retentionIsTheDeclaredPeriodUnlessTheMunicipalitySetsItsOwnWithinBounds() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        RetentionRule declared = new RetentionRule(Period.ofYears(5), null);
        assertEquals(Instant.parse("2021-11-29T12:00:00Z"), declared.limit(now));
        assertEquals(1826, declared.days(now), "five calendar years with a leap day");
        RetentionRule own = new RetentionRule(Period.ofYears(5), 40);
        assertEquals(now.minusSeconds(40L * 86400), own.limit(now));
        RetentionRule forever = new RetentionRule(null, null);
        assertFalse(forever.expires());
        assertNull(forever.limit(now));
        assertNull(RetentionRule.check(30));
        assertNull(RetentionRule.check(3650));
        assertNotNull(RetentionRule.check(29));
        assertNotNull(RetentionRule.check(3651));
    }

    @Test
    void aConsentIsWithdrawnOnceAndKeptAsProofAndItsAuditSaysWhatNotWhom() {
        var consent = new be.buurtwijzer.core.domain.privacy.ConsentRecord("tenant", null, "fotos", "actor-1",
                "Mariette Claes", null, "Ik geef toestemming.", "1", Instant.parse("2026-11-01T10:00:00Z"), "coord@x.be");
        assertTrue(consent.isActive());
        assertTrue(consent.isAbout(mariette, null), "by name");
        assertTrue(consent.isAbout(new PersonMatch("Iemand anders", null), "actor-1"), "by actor");
        assertFalse(consent.isAbout(new PersonMatch("Iemand anders", null), "actor-2"));
        assertTrue(consent.withdraw(Instant.parse("2026-11-02T10:00:00Z"), "admin@x.be"));
        assertFalse(consent.withdraw(Instant.parse("2026-11-03T10:00:00Z"), "other@x.be"), "once");
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), consent.getWithdrawnAt());
        assertEquals("admin@x.be", consent.getWithdrawnBy());
        assertFalse(consent.isActive());
        assertEquals(java.util.Set.of("purpose", "wordingVersion", "active"), consent.auditChanges().keySet());
        assertFalse(consent.auditChanges().toString().contains("Mariette"));
    }

    @Test
    void anErasedAccountKeepsItsIdButNothingThatNamesThePerson() {
        var user = new be.buurtwijzer.core.domain.identity.UserAccount("Mariette@Voorbeeld.be", "Mariette Claes", "hash",
                Instant.parse("2026-11-01T10:00:00Z"));
        user.setPlatformRole(be.buurtwijzer.core.domain.identity.PlatformRole.PLATFORM_ADMIN);
        String id = user.getId();
        long credentials = user.getCredentialsVersion();
        user.anonymise("verwijderd@buurtwijzer.invalid", "Verwijderde gebruiker", "other-hash");
        assertEquals(id, user.getId());
        assertEquals("verwijderd@buurtwijzer.invalid", user.getEmail());
        assertEquals("Verwijderde gebruiker", user.getDisplayName());
        assertEquals("other-hash", user.getPasswordHash());
        assertNull(user.getPlatformRole(), "no role left");
        assertTrue(user.getCredentialsVersion() > credentials, "every open session ends");
    }
}
