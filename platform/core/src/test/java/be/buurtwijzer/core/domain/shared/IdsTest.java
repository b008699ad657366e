package be.buurtwijzer.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void anIdIsAUuidInItsFullForm() {
        assertTrue(Ids.isId(Ids.newId()));
        assertTrue(Ids.isId("3B241101-E2BB-4255-8CAF-4136C566A962"), "upper case");
    }

    @Test
    void anythingElseIsNot() {
        assertFalse(Ids.isId(null));
        assertFalse(Ids.isId(""));
        assertFalse(Ids.isId("xyz"));
        assertFalse(Ids.isId("1-1-1-1-1"), "UUID.fromString takes it, the platform never writes it");
        assertFalse(Ids.isId("3b241101-e2bb-4255-8caf-4136c566a96"), "one digit short");
        assertFalse(Ids.isId("3b241101-e2bb-4255-8caf-4136c566a962 "), "a space after");
        assertFalse(Ids.isId("3b241101+e2bb-4255-8caf-4136c566a962"), "another separator");
        assertFalse(Ids.isId("3b241101-e2bb-4255-8caf-4136c566a96g"), "not hexadecimal");
    }
}
