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

    private static FactorScore score(String id, int score) {
        return new FactorScore(id, score, null, null, null, null, null);
    }

    private static List<String> problems(WebState state) {
        return WebRules.problems(state, Set.of("a", "b"), Set.of("f", "g")).stream()
                .map(p -> p.field() + ":" + p.message().en()).toList();
    }

    /** Each rule alone, at its edges: a score of 0 and 5 is right, -1 and 6 are not. */
    @Test
    void eachProblemStandsOnItsOwnAtItsEdges() {
        assertEquals(List.of(), problems(new WebState(List.of(place("a", Sector.CARE, Intensity.REFER, null, null),
                place("b", Sector.CARE, Intensity.REFER, null, null)), List.of(score("f", 0), score("g", 5)))));
        assertEquals(List.of("factors:A score lies between 0 and 5."), problems(new WebState(List.of(),
                List.of(score("f", -1)))));
        assertEquals(List.of("factors:A score lies between 0 and 5."), problems(new WebState(List.of(),
                List.of(score("f", 6)))));
        assertEquals(List.of("factors:A factor gets one score only."), problems(new WebState(List.of(),
                List.of(score("f", 1), score("f", 2)))));
        assertEquals(List.of("factors:Unknown factor: h."), problems(new WebState(List.of(), List.of(score("h", 1)))));
        assertEquals(List.of("factors:Unknown factor:  ."), problems(new WebState(List.of(), List.of(score(" ", 1)))));
        assertEquals(List.of("placements:An actor appears only once in the web."), problems(new WebState(List.of(
                place("a", Sector.CARE, Intensity.REFER, null, null), place("a", Sector.CARE, Intensity.REFER, null,
                        null)), List.of())));
        assertEquals(List.of("placements:Unknown actor: c."), problems(new WebState(List.of(
                place("c", Sector.CARE, Intensity.REFER, null, null)), List.of())));
        assertEquals(List.of("placements:Give every actor's current collaboration intensity."), problems(new WebState(
                List.of(place("a", Sector.CARE, null, null, null)), List.of())));
        // on its own (a stored document), any actor and factor id will do, but never a blank one
        assertEquals(List.of(), WebRules.problems(new WebState(List.of(place("z", Sector.CARE, Intensity.REFER, null,
                null)), List.of(score("q", 1))), null, null));
        assertEquals(1, WebRules.problems(new WebState(List.of(place(" ", Sector.CARE, Intensity.REFER, null, null)),
                List.of()), null, null).size());
    }

    /** Unused fire is fire at sharing information or less; the diversity rule needs three sectors, not only care. */
    @Test
    void signalsAtTheirEdges() {
        var fireWhileAligning = WebRules.signals(new WebState(List.of(place("a", Sector.CARE, Intensity.ALIGN_ACTIVITIES,
                Intensity.ALIGN_ACTIVITIES, Enthusiasm.FIRE), place("b", Sector.HOUSING, Intensity.ALIGN_ACTIVITIES, null,
                Enthusiasm.SPARK), place("c", Sector.CULTURE, Intensity.ALIGN_ACTIVITIES, null, Enthusiasm.SPARK)),
                List.of()));
        assertTrue(fireWhileAligning.isEmpty(), fireWhileAligning.toString());
        var fireWhileSharing = WebRules.signals(new WebState(List.of(place("a", Sector.CARE,
                Intensity.SHARE_INFORMATION, Intensity.SHARE_INFORMATION, Enthusiasm.FIRE), place("b", Sector.HOUSING,
                Intensity.ALIGN_ACTIVITIES, null, Enthusiasm.SPARK), place("c", Sector.CULTURE,
                Intensity.ALIGN_ACTIVITIES, null, Enthusiasm.SPARK)), List.of()));
        assertEquals(List.of("UNUSED_FIRE"), fireWhileSharing.stream().map(WebRules.Signal::kind).toList());
        var twoSectors = WebRules.signals(new WebState(List.of(place("a", Sector.HOUSING, Intensity.ALIGN_ACTIVITIES,
                null, null), place("b", Sector.CULTURE, Intensity.ALIGN_ACTIVITIES, null, null)), List.of()));
        assertEquals(List.of("LIMITED_DIVERSITY"), twoSectors.stream().map(WebRules.Signal::kind).toList());
        var careAndWelfareOnly = WebRules.signals(new WebState(List.of(place("a", Sector.CARE, Intensity.ALIGN_ACTIVITIES,
                null, null), place("b", Sector.WELFARE, Intensity.ALIGN_ACTIVITIES, null, null), place("c", Sector.CARE,
                Intensity.ALIGN_ACTIVITIES, null, null)), List.of()));
        assertEquals(List.of("LIMITED_DIVERSITY"), careAndWelfareOnly.stream().map(WebRules.Signal::kind).toList());
        // mostly referring: more than half of at least three (two of four is not more than half)
        var twoOfFour = WebRules.signals(new WebState(List.of(place("a", Sector.HOUSING, Intensity.REFER, null, null),
                place("b", Sector.CULTURE, Intensity.SHARE_INFORMATION, null, null), place("c", Sector.CARE,
                        Intensity.ALIGN_ACTIVITIES, null, null), place("d", Sector.SPORT, Intensity.CARRY_OUT_TOGETHER, null,
                        null)), List.of()));
        assertTrue(twoOfFour.isEmpty(), twoOfFour.toString());
        var twoOfThree = WebRules.signals(new WebState(List.of(place("a", Sector.HOUSING, Intensity.REFER, null, null),
                place("b", Sector.CULTURE, Intensity.SHARE_INFORMATION, null, null), place("c", Sector.CARE,
                        Intensity.ALIGN_ACTIVITIES, null, null)), List.of()));
        assertEquals(List.of("MOSTLY_REFERRING"), twoOfThree.stream().map(WebRules.Signal::kind).toList());
        assertTrue(WebRules.signals(new WebState(List.of(), List.of())).isEmpty(), "an empty web says nothing yet");
    }

    @Test
    void comparingKeepsTheOrderOfTheWebAndIgnoresUnplacedActors() {
        WebState before = new WebState(List.of(place("a", Sector.CARE, null, null, null),
                place("b", Sector.CARE, Intensity.REFER, null, null)), List.of(score("f", 2)));
        WebState after = new WebState(List.of(place("a", Sector.CARE, Intensity.REFER, null, null),
                place("b", Sector.CARE, Intensity.REFER, null, null)), List.of());
        var c = WebRules.compare(before, after);
        assertTrue(c.inward().isEmpty() && c.outward().isEmpty(), "no intensity before is no move: " + c);
        assertEquals(List.of(new WebRules.FactorChange("f", 2, 0)), c.factors(), "a score that went is a change to 0");
        assertEquals(new WebRules.FactorChange("f", 0, 4), WebRules.compare(new WebState(List.of(), List.of()),
                new WebState(List.of(), List.of(score("f", 4)))).factors().get(0), "a new score is a change from 0");
    }
}
