package be.buurtwijzer.plugins.spiderweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resident placed in a web, with a partner scan about her, in the web and in its snapshot. */
class SpiderWebPrivacyTest {

    @Test
    void aPersonInTheWebAndItsSnapshotIsFoundExportedAndAnonymised() {
        TestInstrumentContext context = TestInstrumentContext.of(new SpiderWebInstrument()).user("Chris").build();
        String maria = context.register().actor("Maria Peeters", "RESIDENT", "NEIGHBOURHOOD", "LIVED_NEIGHBOURHOOD");
        String ocmw = context.register().actor("OCMW", "ORGANISATION", "WELFARE", "MUNICIPALITY");
        Payloads.WebDetails web = context.call("save-web", new Payloads.WebInput(null, "Eenzaamheid", null, null, List.of(
                new Payloads.PlacementInput(maria, Intensity.SHARE_INFORMATION, null, null, null,
                        Map.of(ScanQuestion.WIN_WIN, "Maria wil graag koken voor de buurt")),
                new Payloads.PlacementInput(ocmw, Intensity.ALIGN_ACTIVITIES, null, null, null, Map.of())), List.of(),
                null, null), Payloads.WebDetails.class);
        context.call("snapshot", new Payloads.SnapshotRequest(web.id(), "start", LocalDate.of(2026, 11, 12)));
        var privacy = new SpiderWebInstrument().privacy();
        DataSubject subject = new DataSubject(maria, null, null, "Maria Peeters");
        List<String> found = privacy.find(context, subject);
        assertEquals(2, found.size(), "the web and its snapshot");
        assertTrue(privacy.export(context, subject).toString().contains("koken voor de buurt"));
        assertEquals(2, privacy.erase(context, subject));
        for (String id : found) {
            String stored = context.store().json(id);
            assertFalse(stored.contains("Maria Peeters") || stored.contains("koken"), stored);
            assertTrue(stored.contains("OCMW"), "the others stay");
        }
        assertEquals(2, privacy.find(context, subject).size(), "her placement stays, anonymised");
        assertEquals(2, privacy.erase(context, subject), "and erasing again changes nothing more");
        assertFalse(context.store().json(found.get(0)).contains("Maria"));
    }
}
