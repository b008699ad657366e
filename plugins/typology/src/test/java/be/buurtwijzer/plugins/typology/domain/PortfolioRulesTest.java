package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioRulesTest {

    private static Answers answers(Set<Goal> goals, Set<Driver> drivers, Lead lead, Set<Scale> areas, Scale scale,
            Set<Structure> structure, boolean coreDecides, List<String> links) {
        return Answers.of(goals, drivers, lead, areas, scale, structure, coreDecides, links);
    }

    private static Set<Warning.Kind> kinds(Portfolio portfolio, String id) {
        return portfolio.warnings().stream().filter(w -> id.equals(w.initiativeId())).map(Warning::kind)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void countsByTypeAndScaleAndGivesTheSeedsWarnings() {
        var street = new PortfolioItem("a", "Straatcomité", "n1", "RUNNING", SeedExamples.STREET_COMMITTEE,
                InitiativeType.WARM_NEIGHBOUR);
        // neighbourhood scale, but every professional works at municipal scale or larger
        var farAway = new PortfolioItem("b", "Buurthulp vanop afstand", "n1", "RUNNING", answers(Set.of(Goal.SMALL_HELP),
                Set.of(Driver.NEIGHBOURS, Driver.PROFESSIONALS), Lead.CITIZENS, Set.of(Scale.MUNICIPALITY,
                        Scale.LOCAL_REGION), Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of("a")),
                InitiativeType.WARM_NEIGHBOUR);
        // care and support carried by neighbours alone
        var careByNeighbours = new PortfolioItem("c", "Mantelzorg door buren", "n2", "RUNNING", answers(Set.of(Goal.CARE_AND_SUPPORT),
                Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(), Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(), false,
                List.of("a")), null);
        var quartier = new PortfolioItem("d", "Quartier", "n2", "RUNNING", SeedExamples.QUARTIER_LO,
                InitiativeType.CARING_NEIGHBOURHOOD);
        Portfolio portfolio = PortfolioRules.build(List.of(street, farAway, careByNeighbours, quartier), null);

        assertEquals(4, portfolio.initiatives());
        assertEquals(3, portfolio.classified());
        assertEquals(2, portfolio.byType().get("WARM_NEIGHBOUR"));
        assertEquals(2, portfolio.byTypeAndScale().get("WARM_NEIGHBOUR").get("LIVED_NEIGHBOURHOOD"));
        assertEquals(1, portfolio.byTypeAndScale().get("CARING_NEIGHBOURHOOD").get("GEOGRAPHIC_NEIGHBOURHOOD"));
        assertEquals(2, portfolio.links().size(), "links are symmetric and counted once: " + portfolio.links());

        assertEquals(Set.of(), kinds(portfolio, "a"));
        assertEquals(Set.of(Warning.Kind.SCALE_GAP), kinds(portfolio, "b"));
        assertEquals(Set.of(Warning.Kind.CARE_BY_NEIGHBOURS_ONLY, Warning.Kind.NOT_CLASSIFIED), kinds(portfolio, "c"));
        assertEquals(Set.of(Warning.Kind.CORE_GROUP_DECIDES_ALL, Warning.Kind.NO_LINKS), kinds(portfolio, "d"));
        Warning gap = portfolio.warnings().stream().filter(w -> w.kind() == Warning.Kind.SCALE_GAP).findFirst().orElseThrow();
        assertTrue(gap.message().nl().contains("geleefde buurt") && gap.message().nl().contains("gemeente/stad + rand"),
                gap.message().nl());
    }

    @Test
    void oneStepLargerIsNotAWarningAndANeighbourhoodShowsOnlyItsOwnInitiatives() {
        var adjacent = new PortfolioItem("a", "Buurtteam", "n1", "RUNNING", SeedExamples.NEIGHBOURHOOD_TEAMS,
                InitiativeType.NEIGHBOURHOOD_CARE);
        var other = new PortfolioItem("b", "Elders", "n2", "RUNNING", answers(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS),
                Lead.CITIZENS, Set.of(), Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of("a", "deleted-initiative")),
                InitiativeType.WARM_NEIGHBOUR);
        Portfolio n1 = PortfolioRules.build(List.of(adjacent, other), "n1");
        assertEquals(1, n1.initiatives());
        assertFalse(kinds(n1, "a").contains(Warning.Kind.SCALE_GAP));
        assertFalse(kinds(n1, "a").contains(Warning.Kind.NO_LINKS), "a link from another neighbourhood counts");
        assertEquals(1, n1.links().size());
        assertEquals(1, PortfolioRules.build(List.of(adjacent, other), null).links().size(),
                "a link to a deleted initiative is ignored");
    }

    @Test
    void anEmptyMunicipalityHasAnEmptyPortfolio() {
        Portfolio empty = PortfolioRules.build(List.of(), null);
        assertEquals(0, empty.initiatives());
        assertTrue(empty.warnings().isEmpty());
        assertEquals(0, empty.byType().get("NEIGHBOURHOOD_CARE"));
    }

    @Test
    void eachLinkIsListedOnceAndALinkLeavingTheNeighbourhoodIsKept() {
        Answers plain = answers(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of());
        Answers toAAndC = answers(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of("a", "c", "b", "gone"));
        var a = new PortfolioItem("a", "Soepbar", "n1", "RUNNING", plain, InitiativeType.WARM_NEIGHBOUR);
        var b = new PortfolioItem("b", "Buurtfeest", "n1", "RUNNING", toAAndC, InitiativeType.WARM_NEIGHBOUR);
        var c = new PortfolioItem("c", "Repaircafé", "n2", "RUNNING", plain, null);
        var unanswered = new PortfolioItem("d", "Nog te bevragen", "n1", "RUNNING", null, null);
        Portfolio all = PortfolioRules.build(List.of(a, b, c, unanswered), null);
        assertEquals(List.of(new Portfolio.Link("a", "Soepbar", "b", "Buurtfeest"),
                new Portfolio.Link("b", "Buurtfeest", "c", "Repaircafé")), all.links(),
                "a link to itself or to a deleted initiative is not listed");
        assertEquals(List.of(1, 2, 1, 0), all.rows().stream().map(Portfolio.Row::links).toList());
        assertEquals(java.util.Arrays.asList("LIVED_NEIGHBOURHOOD", "LIVED_NEIGHBOURHOOD", "LIVED_NEIGHBOURHOOD", null),
                all.rows().stream().map(Portfolio.Row::scale).toList());
        assertEquals(2, all.classified());
        Portfolio n2 = PortfolioRules.build(List.of(a, b, c, unanswered), "n2");
        assertEquals(List.of(new Portfolio.Link("c", "Repaircafé", "b", "Buurtfeest")), n2.links(),
                "from the selected end when the other end is in another neighbourhood");
        assertEquals(1, n2.initiatives());
        assertEquals(Set.of(Warning.Kind.NOT_CLASSIFIED), kinds(n2, "c"));
        assertEquals(Set.of(Warning.Kind.NOT_CLASSIFIED), kinds(all, "d"), "not classified yet: no advice about links");
        Portfolio alone = PortfolioRules.build(List.of(a), null);
        assertEquals(Set.of(), kinds(alone, "a"), "the only initiative is no island");
    }
}
