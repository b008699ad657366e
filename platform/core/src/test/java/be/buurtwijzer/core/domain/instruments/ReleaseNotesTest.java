package be.buurtwijzer.core.domain.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReleaseNotesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    @Test
    void eachReaderGetsThePartInTheirLanguage() {
        String notes = "[nl] Verslagen als DOCX.\n[en] Reports as DOCX.";
        assertEquals("Verslagen als DOCX.", ReleaseNotes.in(notes, DUTCH));
        assertEquals("Reports as DOCX.", ReleaseNotes.in(notes, Locale.ENGLISH));
    }

    @Test
    void withoutAnEnglishPartTheDutchOneIsShownAndUnmarkedNotesStayWhole() {
        assertEquals("Alleen Nederlands.", ReleaseNotes.in("[nl] Alleen Nederlands.", Locale.ENGLISH));
        assertEquals("First release", ReleaseNotes.in(" First release ", DUTCH));
        assertEquals("", ReleaseNotes.in(null, DUTCH));
        assertEquals("Only English.", ReleaseNotes.in("[en] Only English.", Locale.ENGLISH));
        assertEquals("Only English.", ReleaseNotes.in("[en] Only English.", DUTCH));
        assertEquals("Nederlands.", ReleaseNotes.in("[NL] Nederlands. [en]", Locale.ENGLISH), "an empty part is skipped");
    }
}
