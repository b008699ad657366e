package be.buurtwijzer.plugins.spiderweb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FactorScoreTest {

    private final FactorScore worked = new FactorScore("tijd", 3, null, false, "minder vaak", "trager", "buddy's");

    @Test
    void aFirstScoreHasNothingWorkedOutYet() {
        assertEquals(new FactorScore("tijd", 2, null, null, null, null, null), FactorScore.of("tijd", 2));
    }

    @Test
    void anotherScoreKeepsTheWorksheet() {
        assertEquals(new FactorScore("tijd", 5, null, false, "minder vaak", "trager", "buddy's"), worked.withScore(5));
    }

    @Test
    void eachWorksheetFieldChangesAlone() {
        assertEquals(new FactorScore("tijd", 3, "inzetten", false, "minder vaak", "trager", "buddy's"),
                worked.withUse("inzetten"));
        assertEquals(new FactorScore("tijd", 3, null, true, "minder vaak", "trager", "buddy's"),
                worked.withRemovable(true));
        assertEquals(new FactorScore("tijd", 3, null, false, "anders", "trager", "buddy's"),
                worked.withDeviation("anders"));
        assertEquals(new FactorScore("tijd", 3, null, false, "minder vaak", "duurder", "buddy's"),
                worked.withConsequence("duurder"));
        assertEquals(new FactorScore("tijd", 3, null, false, "minder vaak", "trager", null), worked.withAbsorption(null));
    }
}
