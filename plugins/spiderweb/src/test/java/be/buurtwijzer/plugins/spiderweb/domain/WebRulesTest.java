package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebRulesTest {

    private static Placement place(String id, Sector sector, Intensity current, Intensity needed, Enthusiasm enthusiasm) {
        return new Placement(id, "Actor " + id, sector, current, needed, Participation.COPRODUCE, enthusiasm, Map.of());
    }

    @Test
    void signalsGapsUnusedFireLimitedDiversityAndMostlyReferring() {
        WebState state = new WebState(List.of(
                place("a", Sector.CARE, Intensity.REFER, Intensity.CARRY_OUT_TOGETHER, Enthusiasm.FIRE),
                place("b", Sector.WELFARE, Intensity.SHARE_INFORMATION, Intensity.SHARE_INFORMATION, Enthusiasm.SPARK),
                place("c", Sector.CARE, Intensity.CARRY_OUT_TOGETHER, Intensity.ALIGN_ACTIVITIES, Enthusiasm.SPARK)),
                List.of());
        var kinds = WebRules.signals(state).stream().map(WebRules.Signal::kind).toList();
        assertEquals(List.of("GAP", "UNUSED_FIRE", "MORE_THAN_NEEDED", "LIMITED_DIVERSITY", "MOSTLY_REFERRING"), kinds);
        assertEquals(3, state.placements().get(0).gap());
    }

    @Test
    void aDiverseWebWorkingAsNeededGivesNoSignals() {
        WebState state = new WebState(List.of(
                place("a", Sector.NEIGHBOURHOOD, Intensity.CARRY_OUT_TOGETHER, Intensity.CARRY_OUT_TOGETHER, Enthusiasm.FIRE),
                place("b", Sector.HOUSING, Intensity.ALIGN_ACTIVITIES, null, Enthusiasm.SPARK),
                place("c", Sector.CARE, Intensity.ALIGN_ACTIVITIES, Intensity.ALIGN_ACTIVITIES, Enthusiasm.SPARK)),
                List.of());
        assertTrue(WebRules.signals(state).isEmpty(), WebRules.signals(state).toString());
    }

    @Test
    void comparingSnapshotsShowsWhoMovedInwardOrOutwardAndWhichFactorsChanged() {
        WebState before = new WebState(List.of(
                place("a", Sector.CARE, Intensity.REFER, null, Enthusiasm.SPARK),
                place("b", Sector.HOUSING, Intensity.ALIGN_ACTIVITIES, null, Enthusiasm.SPARK),
                place("c", Sector.CULTURE, Intensity.REFER, null, Enthusiasm.SPARK)),
                List.of(new FactorScore("lack-of-time", 4, null, null, null, null, null),
                        new FactorScore("knowing-each-other", 1, null, null, null, null, null)));
        WebState after = new WebState(List.of(
                place("a", Sector.CARE, Intensity.ALIGN_ACTIVITIES, null, Enthusiasm.FIRE),
                place("b", Sector.HOUSING, Intensity.SHARE_INFORMATION, null, Enthusiasm.SPARK),
                place("d", Sector.SPORT, Intensity.REFER, null, Enthusiasm.SPARK)),
                List.of(new FactorScore("lack-of-time", 4, null, null, null, null, null),
                        new FactorScore("knowing-each-other", 3, null, null, null, null, null)));
        var c = WebRules.compare(before, after);
        assertEquals(List.of("a"), c.inward().stream().map(WebRules.Move::actorId).toList());
        assertEquals(List.of("b"), c.outward().stream().map(WebRules.Move::actorId).toList());
        assertEquals(List.of("Actor d"), c.joined());
        assertEquals(List.of("Actor c"), c.left());
        assertEquals(List.of(new WebRules.FactorChange("knowing-each-other", 1, 3)), c.factors());
    }

    @Test
    void unknownActorsAndFactorsDuplicatesAndScoresOutOfRangeAreProblems() {
        WebState state = new WebState(List.of(place("a", Sector.CARE, Intensity.REFER, null, null),
                place("a", Sector.CARE, Intensity.REFER, null, null), place("x", Sector.CARE, null, null, null)),
                List.of(new FactorScore("lack-of-time", 6, null, null, null, null, null),
                        new FactorScore("made-up", 1, null, null, null, null, null)));
        var problems = WebRules.problems(state, Set.of("a"), Set.of("lack-of-time"));
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(WebRules.problems(new WebState(List.of(), List.of()), Set.of(), Set.of()).isEmpty());
    }

    @Test
    void theSeedsFactorsAreTheStartingList() {
        assertEquals(6, FactorCatalogue.SEED.stream().filter(f -> f.kind() == Factor.Kind.STIMULATING).count());
        assertEquals(13, FactorCatalogue.SEED.stream().filter(f -> f.kind() == Factor.Kind.INHIBITING).count());
        assertEquals(FactorCatalogue.SEED.size(), FactorCatalogue.SEED.stream().map(Factor::id).distinct().count());
    }
}
