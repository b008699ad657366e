package be.buurtwijzer.plugins.spiderweb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import be.buurtwijzer.plugins.spiderweb.domain.Sector;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the platform stores (JSON-B) reads back as it was written; a web stored before the self-check still reads. */
class StoredFormTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aWebReadsBackAsWrittenAndAnOldOneStillReads() {
        Documents.Web web = new Documents.Web("Web", "uitdaging", Documents.WebKind.CHALLENGE, new WebState(List.of(
                new Placement("a", "A", Sector.INFORMAL, Intensity.REFER, Intensity.ALIGN_ACTIVITIES,
                        Participation.COPRODUCE, Enthusiasm.FIRE, Map.of(ScanQuestion.WIN_WIN, "ja"))),
                List.of(new FactorScore("lack-of-time", 3, null, true, null, null, null))),
                Map.of(CollaborationCheck.Characteristic.SHARED_GOAL, new Documents.CheckAnswer(
                        CollaborationCheck.Answer.PARTLY, "nog niet voor iedereen")));
        assertEquals(web, jsonb.fromJson(jsonb.toJson(web), Documents.Web.class));
        Documents.Web old = jsonb.fromJson("{\"name\":\"Oud\",\"kind\":\"CHALLENGE\",\"state\":{\"placements\":[],"
                + "\"factors\":[]}}", Documents.Web.class);
        assertEquals(Map.of(), old.networkCheck());
    }
}
