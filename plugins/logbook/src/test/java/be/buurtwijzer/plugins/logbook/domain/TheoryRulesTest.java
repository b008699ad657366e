package be.buurtwijzer.plugins.logbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TheoryRulesTest {

    private static final OutcomeCategories CATEGORIES = OutcomeCategories.shipped();

    static Theory stationswijk() {
        return new Theory("Zorgzame Stationswijk", null, 0, "Bewoners van de Stationswijk voelen zich minder alleen.",
                List.of(new Theory.Outcome("helpen", "social-relations", "Buurtbewoners helpen elkaar."),
                        new Theory.Outcome("bereikt", "residents-reached", "Bewoners bereikt die anders niet bereikt werden.")),
                List.of(new Theory.Indicator("soep", "bereikt", "bewoners op de buurtsoep", "bewoners", new BigDecimal("40"),
                        "tellen aan de deur", Frequency.MONTHLY),
                        new Theory.Indicator("hulpvragen", "helpen", "hulpvragen tussen buren", "vragen", null,
                                "buurtwerker noteert", Frequency.QUARTERLY)),
                List.of("Een vaste ontmoetingsplek"), List.of("Buurtsoep elke maand"), null, null);
    }

    private static String field(Theory t) {
        String problem = TheoryRules.problem(t, CATEGORIES);
        return problem == null ? null : problem.substring(0, problem.indexOf(':'));
    }

    private static Theory with(List<Theory.Outcome> outcomes, List<Theory.Indicator> indicators) {
        return new Theory("T", null, 0, null, outcomes, indicators, null, null, null, null);
    }

    @Test
    void figuurThreeGivesTenCategoriesOverThreeAspectsAndTheSeedsWording() {
        assertEquals(10, CATEGORIES.all().size());
        assertEquals("Sociale relaties onder buurtbewoners", CATEGORIES.find("social-relations").orElseThrow().name().nl());
        assertTrue(CATEGORIES.find("social-relations").orElseThrow().outcomes().stream()
                .anyMatch(o -> o.nl().equals("Buurtbewoners helpen elkaar.")));
        assertEquals(Aspect.OWN_ORGANISATION, CATEGORIES.find("staff-convinced").orElseThrow().aspect());
    }

    @Test
    void aMunicipalityAddsItsOwnCategoryButCannotReplaceTheSeeds() {
        OutcomeCategories own = CATEGORIES.with(List.of(
                new OutcomeCategory("mobility", Aspect.RESIDENTS, new be.buurtwijzer.plugin.api.Text("Mobiliteit", "Mobility"),
                        null, null, false),
                new OutcomeCategory("attitude", Aspect.RESIDENTS, new be.buurtwijzer.plugin.api.Text("Anders", "Other"),
                        null, null, false)));
        assertEquals(11, own.all().size());
        assertEquals("Houding ten opzichte van de zorgzame buurt werking", own.find("attitude").orElseThrow().name().nl());
        assertNull(TheoryRules.problem(with(List.of(new Theory.Outcome("m", "mobility", "Bewoners geraken naar de markt.")),
                List.of()), own));
        assertEquals("outcomes[0].categoryId", field(with(List.of(new Theory.Outcome("m", "mobility", "x")), List.of())));
    }

    @Test
    void theSeedsExampleIsConsistentAndOnlyTheMissingTargetIsWarned() {
        assertNull(TheoryRules.problem(stationswijk(), CATEGORIES));
        assertEquals(List.of(new TheoryRules.Warning(TheoryRules.Warning.Kind.INDICATOR_WITHOUT_TARGET, "hulpvragen")),
                TheoryRules.warnings(stationswijk()));
    }

    @Test
    void theMinimalTheoryIsANameAndItsWarningsSayWhatIsStillMissing() {
        Theory minimal = new Theory("Start", null, 0, null, null, null, null, null, null, null);
        assertNull(TheoryRules.problem(minimal, CATEGORIES));
        assertEquals(List.of(new TheoryRules.Warning(TheoryRules.Warning.Kind.NO_IMPACT, null),
                new TheoryRules.Warning(TheoryRules.Warning.Kind.NO_OUTCOMES, null)), TheoryRules.warnings(minimal));
    }

    @Test
    void anIndicatorWithoutAnOutcomeIsRefusedAndAnOutcomeWithoutIndicatorsIsWarned() {
        Theory.Outcome alone = new Theory.Outcome("alleen", null, "Partners leren elkaar kennen.");
        assertEquals("indicators[0].outcomeId", field(with(List.of(alone), List.of(new Theory.Indicator("i", null,
                "x", null, null, null, null)))));
        assertEquals("indicators[0].outcomeId", field(with(List.of(alone), List.of(new Theory.Indicator("i", "elders",
                "x", null, null, null, null)))));
        assertTrue(TheoryRules.warnings(with(List.of(alone), List.of())).contains(
                new TheoryRules.Warning(TheoryRules.Warning.Kind.OUTCOME_WITHOUT_INDICATOR, "alleen")));
    }

    @Test
    void idsAreUniqueAndEveryTextHasItsLimit() {
        Theory.Outcome o = new Theory.Outcome("o", null, "x");
        assertEquals("name", field(new Theory(" ", null, 0, null, null, null, null, null, null, null)));
        assertEquals("name", field(new Theory("x".repeat(201), null, 0, null, null, null, null, null, null, null)));
        assertNull(field(new Theory("x".repeat(200), null, 0, "i".repeat(4000), null, null, null, null, null, null)));
        assertEquals("impact", field(new Theory("x", null, 0, "i".repeat(4001), null, null, null, null, null, null)));
        assertEquals("outcomes[1].id", field(with(List.of(o, o), List.of())));
        assertEquals("outcomes[0].text", field(with(List.of(new Theory.Outcome("o", null, "")), List.of())));
        Theory.Indicator i = new Theory.Indicator("i", "o", "x", null, null, null, null);
        assertEquals("indicators[1].id", field(with(List.of(o), List.of(i, i))));
        assertEquals("indicators[0].what", field(with(List.of(o), List.of(new Theory.Indicator("i", "o", " ", null, null,
                null, null)))));
        assertEquals("indicators[0].unit", field(with(List.of(o), List.of(new Theory.Indicator("i", "o", "x",
                "u".repeat(51), null, null, null)))));
        assertEquals("indicators[0].target", field(with(List.of(o), List.of(new Theory.Indicator("i", "o", "x", null,
                new BigDecimal("1.00001"), null, null)))));
        assertNull(field(with(List.of(o), List.of(new Theory.Indicator("i", "o", "x", null, new BigDecimal("1000000000"),
                null, null)))));
        assertEquals("preconditions", field(new Theory("x", null, 0, null, null, null, List.of(" "), null, null, null)));
        assertEquals("activities", field(new Theory("x", null, 0, null, null, null, null,
                java.util.Collections.nCopies(101, "a"), null, null)));
    }

    @Test
    void everySaveIsTheNextVersionStampedWithWhenAndWho() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        Theory first = TheoryRules.nextVersion(null, stationswijk(), now, "Chris");
        assertEquals(1, first.version());
        assertEquals("Chris", first.savedBy());
        Theory second = TheoryRules.nextVersion(first, stationswijk(), now.plusSeconds(60), "An");
        assertEquals(2, second.version());
        assertEquals(now.plusSeconds(60), second.savedAt());
    }
}
