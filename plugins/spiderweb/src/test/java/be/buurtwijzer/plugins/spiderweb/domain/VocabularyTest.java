package be.buurtwijzer.plugins.spiderweb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The spider web's words: every value has a label in both languages; unknown sectors fall under "other". */
class VocabularyTest {

    @Test
    void everyValueHasALabelInBothLanguages() {
        Stream.of(Stream.of(Sector.values()).map(Sector::label), Stream.of(Participation.values()).map(Participation::label),
                        Stream.of(Enthusiasm.values()).map(Enthusiasm::label),
                        Stream.of(Factor.Kind.values()).map(Factor.Kind::label),
                        Stream.of(ScanQuestion.values()).map(ScanQuestion::question))
                .flatMap(s -> s).forEach(label -> {
                    assertFalse(label.nl().isBlank());
                    assertFalse(label.en().isBlank());
                });
    }

    @Test
    void aSectorIsReadByNameAndAnUnknownOneIsOther() {
        assertEquals(Sector.CARE, Sector.of("CARE"));
        assertEquals(Sector.OTHER, Sector.of("NOT_A_SECTOR"));
        assertEquals(Sector.OTHER, Sector.of(null));
    }

    @Test
    void theGapIsTheRingsBetweenNowAndNeeded() {
        assertEquals(2, place(Intensity.REFER, Intensity.ALIGN_ACTIVITIES).gap());
        assertEquals(-1, place(Intensity.CARRY_OUT_TOGETHER, Intensity.ALIGN_ACTIVITIES).gap());
        assertEquals(0, place(Intensity.REFER, null).gap(), "nothing needed: no gap");
        assertEquals(Intensity.ALIGN_ACTIVITIES.level(), place(null, Intensity.ALIGN_ACTIVITIES).gap());
        assertEquals(Map.of(), place(null, null).scan());
    }

    @Test
    void aMunicipalitysOwnFactorsComeAfterTheSeeds() {
        Factor own = new Factor("custom-1", Factor.Kind.STIMULATING, new Text("Eigen", "Own"), false);
        List<Factor> all = FactorCatalogue.with(List.of(own));
        assertEquals(FactorCatalogue.SEED.size() + 1, all.size());
        assertEquals(own, all.get(all.size() - 1));
        assertEquals(FactorCatalogue.SEED, all.subList(0, FactorCatalogue.SEED.size()));
    }

    private static Placement place(Intensity current, Intensity needed) {
        return new Placement("a", "A", Sector.CARE, current, needed, null, null, null);
    }
}
