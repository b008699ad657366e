package be.buurtwijzer.plugins.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resident named in a story is found, exported and erased; the numbers and the rest of the story stay. */
class LogbookPrivacyTest {

    @Test
    void aNamedResidentIsFoundExportedAndErasedEverywhere() {
        TestInstrumentContext context = TestInstrumentContext.of(new LogbookInstrument()).build();
        var story = context.records().create("entry", Entry.of(LocalDate.of(2026, 3, 1), "Bezoek bij maria peeters",
                "Maria Peeters vertelde over haar buren; Marianne hielp.", Entry.EntryType.STORY, null, null));
        context.records().create("entry", Entry.of(LocalDate.of(2026, 3, 2), "Buurtsoep", null, Entry.EntryType.NUMBER,
                14, null));
        var privacy = new LogbookInstrument().privacy();
        DataSubject maria = new DataSubject(null, null, null, "Maria Peeters");
        assertEquals(List.of(story.id()), privacy.find(context, maria));
        assertTrue(privacy.export(context, maria).toString().contains("vertelde over haar buren"));
        assertEquals(1, privacy.erase(context, maria));
        String stored = context.store().json(story.id());
        assertFalse(stored.toLowerCase().contains("maria peeters"), stored);
        assertTrue(stored.contains("Marianne hielp"), "a different name stays: " + stored);
        assertEquals(List.of(), privacy.find(context, maria), "nothing of her is found afterwards");
        assertEquals(0, privacy.erase(context, maria), "safe to run again");
        assertEquals(2, context.store().count("entry"), "the entries themselves are kept");
    }
}
