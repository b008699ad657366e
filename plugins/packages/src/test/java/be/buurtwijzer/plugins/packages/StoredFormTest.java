package be.buurtwijzer.plugins.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Level;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.LinkSetup;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugins.packages.domain.Strength;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the platform stores (JSON-B) reads back as it was written, with every answer of every step. */
class StoredFormTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aPlanReadsBackAsWrittenAndAnOldOneStillReads() {
        List<Activity> activities = List.of(new Activity("a", "A", true, Scale.MUNICIPALITY, Scale.LOCAL_REGION, "r", 2,
                List.of("p1"), List.of("s"), List.of("i"), "P"), new Activity("b", "B", false, null, null, null, 0,
                List.of(), List.of(), List.of(), null));
        Documents.Plan plan = new Documents.Plan("Uitdaging", "d", activities, List.of(new Link("a", "b",
                Strength.MEDIUM)), List.of(new PackageSetup("P", List.of("a"), true, false, Set.of(Level.OPERATIONAL),
                Intensity.ALIGN_ACTIVITIES, Map.of("p1", 3)), PackageSetup.of("Q", List.of("b"), null, null, Set.of())),
                new Documents.Reality("x", "y", List.of(new Documents.Deviation("f", "d", "c", "a"))), "positieve "
                + "gezondheid", "kort", "lang", List.of(new LinkSetup("P", "Q", true, null, Set.of(Level.STRATEGIC))));
        assertEquals(plan, jsonb.fromJson(jsonb.toJson(plan), Documents.Plan.class));
        Documents.Plan old = jsonb.fromJson("{\"challenge\":\"Oud\",\"activities\":[],\"links\":[],\"packages\":"
                + "[{\"name\":\"P\",\"activityIds\":[],\"teamDecides\":[]}]}", Documents.Plan.class);
        assertEquals(List.of(), old.linkSetups());
        assertEquals(Map.of(), old.packages().get(0).members());
    }
}
