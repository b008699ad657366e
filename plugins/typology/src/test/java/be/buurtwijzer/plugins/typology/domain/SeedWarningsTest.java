package be.buurtwijzer.plugins.typology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed's warnings and advice, each on the case the seed tells it with. */
class SeedWarningsTest {

    private static Map<Warning.Kind, Warning.Level> about(Portfolio portfolio, String id) {
        return portfolio.warnings().stream().filter(w -> id.equals(w.initiativeId()))
                .collect(Collectors.toMap(Warning::kind, Warning::level));
    }

    private static Set<Warning.Kind> portfolioLevel(Portfolio portfolio) {
        return portfolio.warnings().stream().filter(Warning::aboutPortfolio).map(Warning::kind)
                .collect(Collectors.toSet());
    }

    /** 003 §2, "Van nachtlawaai tot straatcomité": the worker hoped for a committee for the whole neighbourhood. */
    @Test
    void aWarmStreetInitiativeAskedToBecomeANeighbourhoodCommitteeIsNotToBeForced() {
        Answers street = new Answers(Set.of(Goal.MEETING, Goal.SMALL_HELP), Set.of(Driver.NEIGHBOURS,
                Driver.PROFESSIONALS), Lead.CITIZENS, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD), Scale.LIVED_NEIGHBOURHOOD,
                Set.of(), false, List.of(), false, false, true);
        var portfolio = PortfolioRules.build(List.of(new PortfolioItem("a", "Straatcomité", "n1", "RUNNING", street,
                InitiativeType.WARM_NEIGHBOUR), new PortfolioItem("b", "Buurtfeest", "n1", "RUNNING", null, null)), null);
        assertEquals(Map.of(Warning.Kind.DO_NOT_FORCE, Warning.Level.WARNING), about(portfolio, "a"),
                "a self-run warm initiative without links is not told it is an island");
        Warning forcing = portfolio.warnings().stream().filter(w -> w.kind() == Warning.Kind.DO_NOT_FORCE).findFirst()
                .orElseThrow();
        assertTrue(forcing.message().nl().contains("Forceren heeft geen zin"), forcing.message().nl());
    }

    /** 003 §2, "Straatfeest versus buurtfeest": forcing made no sense, and who takes over the torch? */
    @Test
    void theStreetPartyRestingOnOneDriverGetsAdviceNotAWarning() {
        Answers party = new Answers(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of(), true, false, true);
        assertEquals(InitiativeType.WARM_NEIGHBOUR, Classifier.classify(party).type());
        var portfolio = PortfolioRules.build(List.of(new PortfolioItem("a", "Straatfeest", "n1", "RUNNING", party,
                InitiativeType.WARM_NEIGHBOUR), new PortfolioItem("b", "Buurtfeest", "n1", "PREPARING", null, null)),
                null);
        assertEquals(Map.of(Warning.Kind.DO_NOT_FORCE, Warning.Level.WARNING, Warning.Kind.RESTS_ON_ONE_PERSON,
                Warning.Level.ADVICE), about(portfolio, "a"));
        Warning torch = portfolio.warnings().stream().filter(w -> w.kind() == Warning.Kind.RESTS_ON_ONE_PERSON)
                .findFirst().orElseThrow();
        assertTrue(torch.message().nl().contains("fakkel"), torch.message().nl());
    }

    /** 003 "Stilstaan bij samenwerken": the core group takes every decision and one worker carries them out. */
    @Test
    void aDecidingCoreGroupWithOneWorkerIsWarnedTwice() {
        Answers project = new Answers(Set.of(Goal.PROMOTING_CARING), Set.of(Driver.NEIGHBOURS, Driver.PROFESSIONALS),
                Lead.PROFESSIONALS, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD), Scale.GEOGRAPHIC_NEIGHBOURHOOD,
                Set.of(Structure.CORE_GROUP), true, List.of(), true, false, false);
        var portfolio = PortfolioRules.build(List.of(new PortfolioItem("a", "Buurtproject", "n1", "RUNNING", project,
                InitiativeType.CARING_NEIGHBOURHOOD), new PortfolioItem("b", "Elders", "n2", "RUNNING", null, null)),
                null);
        assertEquals(Map.of(Warning.Kind.CORE_GROUP_DECIDES_ALL, Warning.Level.WARNING,
                Warning.Kind.RESTS_ON_ONE_PERSON, Warning.Level.WARNING, Warning.Kind.NO_LINKS, Warning.Level.ADVICE),
                about(portfolio, "a"));
        assertTrue(portfolio.warnings().stream().filter(w -> w.kind() == Warning.Kind.RESTS_ON_ONE_PERSON)
                .anyMatch(w -> w.message().nl().contains("niet gedragen worden door één persoon")));
    }

    /** 003 "Stilstaan bij samenwerken": the core group decides and works out the actions itself. */
    @Test
    void aCoreGroupThatDecidesAndCarriesOutEverythingIsAskedWhoElseCanTakePart() {
        Answers project = new Answers(Set.of(Goal.PROMOTING_CARING, Goal.MEETING), Set.of(Driver.NEIGHBOURS,
                Driver.PROFESSIONALS), Lead.SHARED, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD), Scale.GEOGRAPHIC_NEIGHBOURHOOD,
                Set.of(Structure.CORE_GROUP), false, List.of(), false, true, false);
        var portfolio = PortfolioRules.build(List.of(new PortfolioItem("a", "Kerngroep", "n1", "RUNNING", project,
                InitiativeType.CARING_NEIGHBOURHOOD)), null);
        assertEquals(Map.of(Warning.Kind.CORE_GROUP_DOES_EVERYTHING, Warning.Level.WARNING), about(portfolio, "a"));
    }

    /** 002: "Zorgzame buurten doen (te?) veel tegelijk." */
    @Test
    void threeInitiativesStartingAtOnceIsAdviceTwoIsNot() {
        List<PortfolioItem> two = List.of(new PortfolioItem("a", "A", "n1", "PREPARING", null, null),
                new PortfolioItem("b", "B", "n1", "PREPARING", null, null),
                new PortfolioItem("c", "C", "n1", "RUNNING", null, null));
        assertEquals(Set.of(), portfolioLevel(PortfolioRules.build(two, null)));
        List<PortfolioItem> three = List.of(two.get(0), two.get(1), new PortfolioItem("c", "C", "n1", "PREPARING", null,
                null));
        Portfolio portfolio = PortfolioRules.build(three, null);
        assertEquals(Set.of(Warning.Kind.MANY_STARTING_AT_ONCE), portfolioLevel(portfolio));
        Warning many = portfolio.warnings().stream().filter(Warning::aboutPortfolio).findFirst().orElseThrow();
        assertEquals(Warning.Level.ADVICE, many.level());
        assertTrue(many.message().nl().startsWith("3 initiatieven worden tegelijk opgestart."), many.message().nl());
        assertTrue(many.message().en().startsWith("3 initiatives are being started"), many.message().en());
        assertEquals(Set.of(), portfolioLevel(PortfolioRules.build(three, "n2")), "per neighbourhood");
    }

    /** 001: most caring neighbourhoods start with meeting, and less with the other two pillars. */
    @Test
    void aPortfolioOfMeetingInitiativesIsAskedAboutTheOtherPillars() {
        Answers meeting = Answers.of(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of());
        List<PortfolioItem> items = List.of(
                new PortfolioItem("a", "Soepbar", "n1", "RUNNING", meeting, InitiativeType.WARM_NEIGHBOUR),
                new PortfolioItem("b", "Buurtfeest", "n1", "RUNNING", meeting, InitiativeType.WARM_NEIGHBOUR),
                new PortfolioItem("c", "Breicafé", "n1", "RUNNING", meeting, InitiativeType.WARM_NEIGHBOUR));
        Portfolio portfolio = PortfolioRules.build(items, null);
        assertEquals(Map.of("PARTICIPATION", 3, "INFORMAL_FORMAL_LINKS", 0, "PARTNER_COLLABORATION", 0),
                portfolio.pillars());
        List<Warning> pillars = portfolio.warnings().stream().filter(w -> w.kind() == Warning.Kind.PILLAR_BALANCE)
                .toList();
        assertEquals(2, pillars.size());
        assertTrue(pillars.get(0).message().nl().startsWith("De pijler 'linken tussen informele en formele zorg' wordt "
                + "door geen initiatieven gedragen, tegenover 3 voor de sterkste pijler."), pillars.get(0).message().nl());
        assertEquals(Set.of(), portfolioLevel(PortfolioRules.build(items.subList(0, 2), null)),
                "two initiatives are too few to weigh the pillars");
        List<PortfolioItem> balanced = List.of(items.get(0), new PortfolioItem("d", "Burenmatcher", "n1", "RUNNING",
                SeedExamples.BURENMATCHER_BALEN, InitiativeType.CARING_NEIGHBOURHOOD), new PortfolioItem("e",
                "Zorgwijkoverleg", "n1", "RUNNING", SeedExamples.CASE_MEETINGS, InitiativeType.NEIGHBOURHOOD_CARE));
        Portfolio mixed = PortfolioRules.build(balanced, null);
        assertEquals(Map.of("PARTICIPATION", 2, "INFORMAL_FORMAL_LINKS", 1, "PARTNER_COLLABORATION", 2),
                mixed.pillars());
        assertEquals(Set.of(), portfolioLevel(mixed));
    }
}
