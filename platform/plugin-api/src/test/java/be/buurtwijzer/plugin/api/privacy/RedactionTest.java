package be.buurtwijzer.plugin.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void aNameIsFoundAndBlankedWhateverItsCaseButNotInsideAnotherWord() {
        assertTrue(Redaction.mentions("Bezoek bij MARIA peeters.", "Maria Peeters"));
        assertFalse(Redaction.mentions("Marianne hielp", "Maria"));
        assertEquals("Bezoek bij [naam verwijderd]; Marianne hielp.", Redaction.redact("Bezoek bij maria; Marianne hielp.",
                "Maria"));
        assertEquals("Zoë kwam", Redaction.redact("Zoë kwam", "Zo"), "a part of a name is no match");
        assertEquals("x", Redaction.redact("x", " "), "a blank name changes nothing");
        assertEquals(null, Redaction.redact(null, "Maria"));
    }

    @Test
    void personalDataNeedsAPurposeAndALegalBasis() {
        assertFalse(PersonalData.none().holdsPersonalData());
        assertThrows(IllegalArgumentException.class, () -> new PersonalData(List.of(new PersonalField("text",
                DataSubjectKind.NAMED_PERSON, new Text("x", "x"))), null, null, null));
    }
}
