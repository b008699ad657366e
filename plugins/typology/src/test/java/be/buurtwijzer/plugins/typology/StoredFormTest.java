package be.buurtwijzer.plugins.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.typology.domain.Answers;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Lead;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the platform stores (JSON-B) reads back as it was written: a record with a second constructor would not. */
class StoredFormTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aProfileReadsBackAsWrittenAndAnOldOneWithoutTheNewAnswersStillReads() {
        Answers answers = new Answers(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of("x"), true, false, true);
        Profile profile = new Profile("i", answers, List.of(new Classification(Instant.parse("2026-11-12T10:00:00Z"),
                "Ann", null, false, null, InitiativeType.WARM_NEIGHBOUR, false, null, "nl", "en",
                List.of(InitiativeType.WARM_NEIGHBOUR, InitiativeType.NEIGHBOURHOOD_CARE))));
        assertEquals(profile, jsonb.fromJson(jsonb.toJson(profile), Profile.class));
        String before = "{\"initiativeId\":\"i\",\"answers\":{\"goals\":[\"MEETING\"],\"drivers\":[\"NEIGHBOURS\"],"
                + "\"lead\":\"CITIZENS\",\"professionalAreas\":[],\"scale\":\"LIVED_NEIGHBOURHOOD\",\"structure\":[],"
                + "\"coreGroupDecidesAll\":false,\"links\":[]},\"history\":[{\"at\":\"2026-01-01T00:00:00Z\",\"by\":\"Ann\","
                + "\"proposed\":\"WARM_NEIGHBOUR\",\"mixed\":false,\"chosen\":\"WARM_NEIGHBOUR\",\"overridden\":false}]}";
        Profile old = jsonb.fromJson(before, Profile.class);
        assertEquals(false, old.answers().restsOnOnePerson());
        assertEquals(List.of(), old.history().get(0).tiedWith());
    }
}
