package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.audit.Change;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.register.Scale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyChangedFieldsAreListedWithEnumsByName() {
        Map<String, Object> before = Map.of("name", "Kerkplein", "scale", Scale.LIVED_NEIGHBOURHOOD);
        Map<String, Object> after = Map.of("name", "Kerkplein", "scale", Scale.MUNICIPALITY);
        assertEquals(Map.of("scale", new Change("LIVED_NEIGHBOURHOOD", "MUNICIPALITY")), Changes.between(before, after));
    }

    @Test
    void createAndDeleteListEveryFieldThatHasAValue() {
        Map<String, Object> state = new HashMap<>();
        state.put("name", "Turnkring");
        state.put("description", null);
        assertEquals(Map.of("name", new Change(null, "Turnkring")), Changes.created(state));
        assertEquals(Map.of("name", new Change("Turnkring", null)), Changes.deleted(state));
    }

    @Test
    void equalListsAreNoChange() {
        assertTrue(Changes.between(Map.of("actorIds", List.of("a", "b")), Map.of("actorIds", List.of("a", "b"))).isEmpty());
    }
}
