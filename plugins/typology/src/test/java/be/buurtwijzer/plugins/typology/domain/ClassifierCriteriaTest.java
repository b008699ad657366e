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
        return Answers.of(Set.of(goals), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(), Scale.LIVED_NEIGHBOURHOOD, null, false,
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
    void theDriversAndTheAreaRefineButDoNotOverruleTheGoal() {
        // goal: promoting caring (type 2 only); professionals lead (type 3); areas: neighbourhood and larger
        // (types 2 and 3 half each); geographic neighbourhood (type 2): 2.5 for type 2, 1.5 for type 3
        Answers answers = Answers.of(Set.of(Goal.PROMOTING_CARING), Set.of(Driver.PROFESSIONALS), Lead.PROFESSIONALS,
                Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD, Scale.MUNICIPALITY), Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(),
                false, List.of());
        Proposal proposal = Classifier.classify(answers);
        assertEquals(CARING_NEIGHBOURHOOD, proposal.type());
        assertTrue(proposal.mixed(), "one and a half points with a full point is close");
        assertEquals(NEIGHBOURHOOD_CARE, proposal.alsoPointsTo());
    }

    @Test
    void careByCitizensAloneStaysCareWithTheCitizensNamedAsAMixedCase() {
        // goal: care and support (type 3 only); volunteers lead, no professionals, lived neighbourhood (type 1
        // three times): the goal admits type 3 only
        Answers answers = Answers.of(Set.of(Goal.CARE_AND_SUPPORT), Set.of(Driver.VOLUNTEERS), Lead.CITIZENS, Set.of(),
                Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of());
        Proposal proposal = Classifier.classify(answers);
        assertEquals(NEIGHBOURHOOD_CARE, proposal.type());
        assertEquals(WARM_NEIGHBOUR, proposal.alsoPointsTo());
        assertEquals("Voorstel: buurtgericht zorginitiatief, want het doel wijst in die richting. Gemengd geval: de "
                + "trekkers, het werkingsgebied van de professionals en de schaal van het initiatief wijzen naar warm en "
                + "zorgzaam bureninitiatief, maar het doel (zorg en ondersteuning) past niet bij dat type en weegt het "
                + "zwaarst. Overlap kan; bekijk of een deelinitiatief of een link met een ander initiatief past.",
                proposal.summary().nl());
        assertTrue(proposal.summary().en().startsWith("Proposal: neighbourhood-oriented care initiative, because the "
                + "goal points that way. Mixed case: the drivers, the professionals' operating area and the "
                + "initiative's scale point to warm"), proposal.summary().en());
        assertTrue(Verdict.Criterion.DRIVERS.plural());
        assertFalse(Verdict.Criterion.GOAL.plural());
    }

    @Test
    void theInitiativesOwnScaleIsACriterionWithItsReason() {
        assertEquals(Map.of(WARM_NEIGHBOUR, 1.0), Classifier.scale(goals(Goal.MEETING)).shares());
        Answers geographic = Answers.of(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                Scale.GEOGRAPHIC_NEIGHBOURHOOD, null, false, null);
        assertEquals(Map.of(CARING_NEIGHBOURHOOD, 1.0), Classifier.scale(geographic).shares());
        for (Scale large : List.of(Scale.MUNICIPALITY, Scale.LOCAL_REGION, Scale.SUPRA_LOCAL_REGION)) {
            Answers answers = Answers.of(Set.of(Goal.MEETING), Set.of(Driver.NEIGHBOURS), Lead.CITIZENS, Set.of(),
                    large, null, false, null);
            assertEquals(Map.of(NEIGHBOURHOOD_CARE, 1.0), Classifier.scale(answers).shares(), large.name());
        }
        assertEquals("Het initiatief werkt op schaal geografische buurt (een buurt als uitgangspunt): dat past bij "
                + "zorgzaam buurtinitiatief.", Classifier.scale(geographic).reason().nl());
        assertEquals("The initiative works at the scale of the lived neighbourhood (neighbours in a street or a block, "
                + "without strict boundaries): that fits warm and caring neighbour initiative.",
                Classifier.scale(goals(Goal.MEETING)).reason().en());
    }

    @Test
    void aRunnerUpFarBehindIsNotAMixedCase() {
        // home care Leuven: type 3 by goal, drivers and area (3 points), type 2 by scale only (1 point)
        Proposal homeCare = Classifier.classify(SeedExamples.HOME_CARE_LEUVEN);
        assertEquals(NEIGHBOURHOOD_CARE, homeCare.type());
        assertFalse(homeCare.mixed(), homeCare.summary().en());
        assertEquals(1.0, homeCare.scores().get(CARING_NEIGHBOURHOOD));
    }

    @Test
    void professionalsAreInvolvedAsDriversOrThroughTheirArea() {
        assertFalse(goals(Goal.MEETING).involvesProfessionals());
        assertTrue(Answers.of(Set.of(), Set.of(Driver.PROFESSIONALS), null, Set.of(), null, null, false, null)
                .involvesProfessionals());
        assertTrue(Answers.of(Set.of(), Set.of(Driver.NEIGHBOURS), null, Set.of(Scale.MUNICIPALITY), null, null, false,
                null).involvesProfessionals());
        Answers nothing = Answers.of(null, null, null, null, null, null, false, null);
        assertEquals(Set.of(), nothing.structure());
        assertEquals(List.of(), nothing.links());
    }
}
