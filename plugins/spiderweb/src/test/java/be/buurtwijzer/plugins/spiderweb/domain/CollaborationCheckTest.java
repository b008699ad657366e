package be.buurtwijzer.plugins.spiderweb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import org.junit.jupiter.api.Test;

/** The collaboration check's table and self-check as seed 003 ("Ontwar de bomen") gives them. */
class CollaborationCheckTest {

    @Test
    void eachNeededIntensityHasTheFormsTheSeedsTableGives() {
        assertTrue(CollaborationCheck.forms(Intensity.REFER).nl().contains("procedures of zorgpaden"));
        assertEquals("ad-hocafstemming, afgestemde IT, periodiek overleg, learning community",
                CollaborationCheck.forms(Intensity.SHARE_INFORMATION).nl());
        assertEquals("tijdelijk of permanent partnerschap, tijdelijk of permanent team, netwerkgovernance",
                CollaborationCheck.forms(Intensity.CARRY_OUT_TOGETHER).nl());
        for (Intensity i : Intensity.values()) {
            assertTrue(!CollaborationCheck.forms(i).en().isBlank(), i.name());
        }
    }

    @Test
    void theFourCharacteristicsOfGoalDirectedNetworksAskTheSeedsQuestions() {
        assertEquals(4, CollaborationCheck.Characteristic.values().length);
        assertTrue(CollaborationCheck.Characteristic.DIFFERENTIATION.question().nl()
                .contains("Zijn alle nodige partners betrokken, en zijn alle betrokken partners nodig?"));
        assertTrue(CollaborationCheck.Characteristic.GOVERNANCE.question().nl().contains("gelijkwaardige partners"));
    }

    @Test
    void sectorsAreWordedAsTheSeedWordsThem() {
        assertEquals("huisvesting", Sector.HOUSING.label().nl());
        assertEquals("tewerkstelling", Sector.EMPLOYMENT.label().nl());
        assertEquals("informele actoren", Sector.INFORMAL.label().nl());
        assertEquals("verenigingen", Sector.ASSOCIATIONS.label().nl());
    }

    @Test
    void thePartnerScanAsksTheTenQuestionsInFull() {
        assertEquals(10, ScanQuestion.values().length);
        assertTrue(ScanQuestion.PERSPECTIVE.question().nl().contains("moeten we van daaruit een toegangspoort vinden?"));
        assertTrue(ScanQuestion.WIN_WIN.question().nl().contains("kleiner deelverhaal"));
        assertTrue(ScanQuestion.GROWTH_PATH.question().nl().contains("randvoorwaarden"));
    }
}
