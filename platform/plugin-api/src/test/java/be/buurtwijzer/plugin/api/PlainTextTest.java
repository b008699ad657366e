package be.buurtwijzer.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void acceptsOrdinaryTextWithLineBreaksAccentsAndEmoji() {
        for (String ok : new String[] {"Buurthuis 't Pleintje", "Regel 1\nRegel 2\tmet tab", "Café Élise — coördinator",
                "👩‍👩‍👧 gezin", "日本語", ""}) {
            assertEquals(-1, PlainText.offending(ok), ok);
        }
    }

    @Test
    void findsControlBidiAndZeroWidthCharacters() {
        assertEquals(4, PlainText.offending("Naam\u0000"));
        assertEquals(0, PlainText.offending("\u001b[31mrood"));
        assertEquals(3, PlainText.offending("gpj\u202eexe"));
        assertEquals(1, PlainText.offending("a\u200bb"));
        assertEquals(1, PlainText.offending("a\u200db"), "a joiner between letters hides a difference");
        assertEquals(0, PlainText.offending("\ufeffNaam"));
        assertEquals(2, PlainText.offending("ab\ud800"));
        assertEquals(1, PlainText.offending("a\u0085b"));
    }

    @Test
    void makesAnyStoredTextSafeForXml() {
        assertEquals("Naam[31mrood", PlainText.forXml("Naam\u001b[31mrood\u0000"));
        assertEquals("gpjexe", PlainText.forXml("gpj\u202eexe"));
        assertEquals("", PlainText.forXml(null));
        assertEquals("Café", PlainText.nfc("Cafe\u0301"));
    }
}
