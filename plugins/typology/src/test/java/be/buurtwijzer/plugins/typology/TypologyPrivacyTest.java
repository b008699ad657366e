package be.buurtwijzer.plugins.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Lead;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who decided a classification is personal data: found, exported, blanked; the decision itself is kept. */
class TypologyPrivacyTest {

    @Test
    void theDecidingCoordinatorIsFoundExportedAndErased() {
        TestInstrumentContext context = TestInstrumentContext.of(new TypologyInstrument()).user("An Janssens").build();
        String id = context.register().initiative("Buurtpunt", null, "RUNNING");
        var saved = context.call("save-answers", new Payloads.AnswersInput(id, Set.of(Goal.MEETING),
                Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(), Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of(),
                false, false, false, null), Payloads.ProfileDetails.class);
        context.call("decide", new Payloads.Decision(id, InitiativeType.CARING_NEIGHBOURHOOD, "Overlegd met An Janssens.",
                saved.version()));
        var privacy = new TypologyInstrument().privacy();
        DataSubject an = new DataSubject(null, "user-1", null, "An Janssens");
        List<String> found = privacy.find(context, an);
        assertEquals(1, found.size());
        assertTrue(privacy.export(context, an).toString().contains("zorgzaam buurtinitiatief"));
        assertEquals(1, privacy.erase(context, an));
        String stored = context.store().json(found.get(0));
        assertFalse(stored.contains("An Janssens"), stored);
        assertTrue(stored.contains("CARING_NEIGHBOURHOOD"), "the decision stays");
        assertEquals(List.of(), privacy.find(context, an));
    }
}
