package be.buurtwijzer.plugins.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.typology.domain.Answers;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Lead;
import be.buurtwijzer.plugins.typology.domain.PortfolioItem;
import be.buurtwijzer.plugins.typology.domain.PortfolioRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypologyAttentionTest {

    private static List<String> dutch(List<PortfolioItem> items) {
        return TypologyAttention.of(PortfolioRules.build(items, null)).stream().map(a -> a.message().nl()).toList();
    }

    @Test
    void anEmptyPortfolioAsksNothing() {
        assertEquals(List.of(), dutch(List.of()));
    }

    @Test
    void theHomePageNamesTheInitiativeOfEachWarningAndCountsTheUnclassifiedOnce() {
        // neighbourhood scale, but every professional works at municipal scale or larger (a scale gap)
        var farAway = new PortfolioItem("b", "Buurthulp vanop afstand", "n1", "RUNNING", Answers.of(Set.of(Goal.SMALL_HELP),
                Set.of(Driver.NEIGHBOURS, Driver.PROFESSIONALS), Lead.CITIZENS, Set.of(Scale.MUNICIPALITY),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of("c")), InitiativeType.WARM_NEIGHBOUR);
        var notYet = new PortfolioItem("c", "Repair café", "n1", "RUNNING", null, null);
        var alsoNotYet = new PortfolioItem("d", "Wandelgroep", "n1", "RUNNING", null, null);

        List<String> said = dutch(List.of(farAway, notYet, alsoNotYet));

        assertEquals(2, said.size(), said.toString());
        assertEquals("2 initiatieven zijn nog niet getypeerd.", said.get(0));
        assertEquals(true, said.get(1).startsWith("Buurthulp vanop afstand: Het initiatief werkt op schaal"), said.get(1));
        List<Attention> all = TypologyAttention.of(PortfolioRules.build(List.of(notYet), null));
        assertEquals("One initiative is not classified yet.", all.get(0).message().en());
        assertEquals("initiatives", all.get(0).route());
    }
}
