package be.buurtwijzer.plugins.typology.domain;

import static be.buurtwijzer.plugins.typology.domain.InitiativeType.CARING_NEIGHBOURHOOD;
import static be.buurtwijzer.plugins.typology.domain.InitiativeType.NEIGHBOURHOOD_CARE;
import static be.buurtwijzer.plugins.typology.domain.InitiativeType.WARM_NEIGHBOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each criterion of the typology on its own, with the exact sentences the user reads. */
class ClassifierCriteriaTest {

    private static Answers goals(Goal... goals) {
        return new Answers(Set.of(goals), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(), Scale.LIVED_NEIGHBOURHOOD, null, false,
                null);
    }

    @Test
    void theGoalPointsToTheTypesItBelongsToInEqualShares() {
        assertEquals(Map.of(WARM_NEIGHBOUR, 1.0), Classifier.goal(goals(Goal.MEETING)).shares());
        assertEquals(Map.of(WARM_NEIGHBOUR, 1.0), Classifier.goal(goals(Goal.SMALL_HELP)).shares());
        assertEquals(Map.of(CARING_NEIGHBOURHOOD, 1.0), Classifier.goal(goals(Goal.PROMOTING_CARING)).shares());
        assertEquals(Map.of(CARING_NEIGHBOURHOOD, 1.0), Classifier.goal(goals(Goal.MEETING, Goal.PROMOTING_CARING))
                .shares(), "meeting is the basis of promoting caring");
        assertEquals(Map.of(NEIGHBOURHOOD_CARE, 1.0), Classifier.goal(goals(Goal.CARE_AND_SUPPORT)).shares());
        assertEquals(Map.of(NEIGHBOURHOOD_CARE, 0.5, WARM_NEIGHBOUR, 0.5),
                Classifier.goal(goals(Goal.CARE_AND_SUPPORT, Goal.SMALL_HELP)).shares());
        Verdict both = Classifier.goal(goals(Goal.SMALL_HELP, Goal.MEETING));
        assertEquals("Het doel (ontmoeting en het kleine helpen) past bij warm en zorgzaam bureninitiatief.",
                both.reason().nl());
        assertEquals("The goal (meeting and small help) fits warm and caring neighbour initiative.", both.reason().en());
    }

    @Test
    void theDriversSentenceStartsWithACapital() {
        Verdict citizens = Classifier.drivers(goals(Goal.MEETING));
        assertEquals(Map.of(WARM_NEIGHBOUR, 1.0), citizens.shares());
        assertEquals("Buren of vrijwilligers trekken, professionals ondersteunen indien nodig: dat past bij warm en "
                + "zorgzaam bureninitiatief.", citizens.reason().nl());
        assertTrue(citizens.reason().en().startsWith("Neighbours or volunteers"), citizens.reason().en());
    }

    @Test
    void aTieGoesToWhatTheDriversSayEvenAgainstTheTypesOrder() {
        // goal: promoting caring (type 2); drivers: professionals lead (type 3); areas: neighbourhood and larger
        // (types 2 and 3 half each): 1.5 against 1.5, and the drivers choose type 3
        Answers answers = new Answers(Set.of(Goal.PROMOTING_CARING), Set.of(Driver.PROFESSIONALS), Lead.PROFESSIONALS,
                Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD, Scale.MUNICIPALITY), Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(),
                false, List.of());
        Proposal proposal = Classifier.classify(answers);
        assertEquals(NEIGHBOURHOOD_CARE, proposal.type());
        assertEquals(CARING_NEIGHBOURHOOD, proposal.alsoPointsTo());
    }

    @Test
    void oneCriterionAloneTakesASingularVerb() {
        // goal: care and support (type 3); citizens drive and lead, no professionals (type 1 twice): 2 against 1
        Answers answers = new Answers(Set.of(Goal.CARE_AND_SUPPORT), Set.of(Driver.VOLUNTEERS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of());
        Proposal proposal = Classifier.classify(answers);
        assertEquals(WARM_NEIGHBOUR, proposal.type());
        assertEquals("Voorstel: warm en zorgzaam bureninitiatief, want de drivers en het werkingsgebied van de "
                + "professionals wijzen in die richting. Gemengd geval: het doel wijst ook naar buurtgericht "
                + "zorginitiatief. Overlap kan; bekijk of een deelinitiatief of een link met een ander initiatief past.",
                proposal.summary().nl());
        assertTrue(proposal.summary().en().contains("Mixed case: the goal also points to neighbourhood-oriented care"),
                proposal.summary().en());
        assertTrue(Verdict.Criterion.DRIVERS.plural());
        assertFalse(Verdict.Criterion.GOAL.plural());
    }

    @Test
    void professionalsAreInvolvedAsDriversOrThroughTheirArea() {
        assertFalse(goals(Goal.MEETING).involvesProfessionals());
        assertTrue(new Answers(Set.of(), Set.of(Driver.PROFESSIONALS), null, Set.of(), null, null, false, null)
                .involvesProfessionals());
        assertTrue(new Answers(Set.of(), Set.of(Driver.NEIGHBOURS), null, Set.of(Scale.MUNICIPALITY), null, null, false,
                null).involvesProfessionals());
        Answers nothing = new Answers(null, null, null, null, null, null, false, null);
        assertEquals(Set.of(), nothing.structure());
        assertEquals(List.of(), nothing.links());
    }
}
