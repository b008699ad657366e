package be.buurtwijzer.core.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void anAccentTypedAsTwoCharactersFindsTheSameAsOne() {
        assertEquals("%comité%", Filters.containsPattern("comite\u0301"));
        assertEquals("%comité%", Filters.containsPattern(" COMITÉ "));
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        assertEquals("%50\\% \\_x\\\\%", Filters.containsPattern("50% _x\\"));
    }

    @Test
    void anIdFilterTakesAnIdAndNamesTheParameterOtherwise() {
        assertEquals("3b241101-e2bb-4255-8caf-4136c566a962",
                Filters.id("neighbourhoodId", " 3b241101-e2bb-4255-8caf-4136c566a962 "));
        assertNull(Filters.id("neighbourhoodId", " "));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Filters.id("neighbourhoodId", "xyz"));
        assertEquals("neighbourhoodId", refused.violations().get(0).field());
    }
}
