package be.buurtwijzer.ui.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.register.Actor;
import be.buurtwijzer.core.domain.register.ActorKind;
import be.buurtwijzer.core.domain.register.ContactDetails;
import be.buurtwijzer.core.domain.register.Initiative;
import be.buurtwijzer.core.domain.register.InitiativeStatus;
import be.buurtwijzer.core.domain.register.Neighbourhood;
import be.buurtwijzer.core.domain.register.NeighbourhoodKind;
import be.buurtwijzer.core.domain.register.Sector;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every field the register writes into the audit trail has a word in Dutch and in English: no raw names on screen. */
class RegisterAuditWordsTest {

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RegisterAuditWordsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRegisterFieldInTheTrailHasAWord() throws Exception {
        Set<String> fields = new TreeSet<>();
        fields.addAll(new Neighbourhood("N", NeighbourhoodKind.LIVED, null).auditState().keySet());
        fields.addAll(new Actor("A", ActorKind.ORGANISATION, Sector.WELFARE, null, null,
                new ContactDetails(null, null, null, null, null)).auditState().keySet());
        fields.addAll(new Initiative("I", null, null, null, InitiativeStatus.IDEA, List.of()).auditState().keySet());
        assertTrue(fields.contains("actorIds") && fields.contains("contact.email"), fields.toString());
        for (String bundle : List.of("translations_nl.properties", "translations_en.properties",
                "translations.properties")) {
            Properties words = bundle(bundle);
            List<String> missing = fields.stream().filter(f -> !words.containsKey("audit.field." + f)).toList();
            assertTrue(missing.isEmpty(), bundle + " has no word for " + missing);
        }
    }
}
