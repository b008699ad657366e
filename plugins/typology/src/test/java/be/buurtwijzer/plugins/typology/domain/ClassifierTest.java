package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    static Stream<Arguments> seedExamples() {
        return Stream.of(
                Arguments.of("street committee from a WhatsApp group", SeedExamples.STREET_COMMITTEE,
                        InitiativeType.WARM_NEIGHBOUR),
                Arguments.of("Zorgzame Straten", SeedExamples.ZORGZAME_STRATEN, InitiativeType.WARM_NEIGHBOUR),
                Arguments.of("vegetable garden", SeedExamples.VEGETABLE_GARDEN, InitiativeType.CARING_NEIGHBOURHOOD),
                Arguments.of("Burenmatcher Balen", SeedExamples.BURENMATCHER_BALEN, InitiativeType.CARING_NEIGHBOURHOOD),
                Arguments.of("Quartier-Lo", SeedExamples.QUARTIER_LO, InitiativeType.CARING_NEIGHBOURHOOD),
                Arguments.of("anonymous case meetings Jette and Molenbeek", SeedExamples.CASE_MEETINGS,
                        InitiativeType.NEIGHBOURHOOD_CARE),
                Arguments.of("neighbourhood-oriented home care Leuven", SeedExamples.HOME_CARE_LEUVEN,
                        InitiativeType.NEIGHBOURHOOD_CARE),
                Arguments.of("neighbourhood teams Zorgzaam Leuven", SeedExamples.NEIGHBOURHOOD_TEAMS,
                        InitiativeType.NEIGHBOURHOOD_CARE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedExamples")
    void theSeedsExamplesAreClassifiedAsTheSeedClassifiesThem(String example, Answers answers, InitiativeType seedType) {
        Proposal proposal = Classifier.classify(answers);
        assertEquals(seedType, proposal.type(), example + ": " + proposal.summary().en());
        assertEquals(4, proposal.verdicts().size());
        assertTrue(proposal.summary().nl().contains(seedType.label().nl()), proposal.summary().nl());
        assertTrue(proposal.summary().en().contains(seedType.label().en()), proposal.summary().en());
        proposal.verdicts().forEach(v -> assertFalse(v.reason().nl().isBlank() || v.reason().en().isBlank()));
    }

    @Test
    void theExplanationNamesTheDecidingCriteria() {
        Proposal straten = Classifier.classify(SeedExamples.ZORGZAME_STRATEN);
        assertEquals("Proposal: warm and caring neighbour initiative, because the goal, the drivers, the "
                + "professionals' operating area and the initiative's scale point that way.", straten.summary().en());
        assertTrue(straten.verdicts().get(2).reason().en().contains("No professionals are involved"));
        Proposal jette = Classifier.classify(SeedExamples.CASE_MEETINGS);
        assertTrue(jette.verdicts().get(2).reason().nl().contains("groter werkingsgebied dan de buurt"),
                jette.verdicts().get(2).reason().nl());
        assertFalse(jette.mixed());
    }

    @Test
    void professionalsLeadingACaringNeighbourhoodInitiativeIsAMixedCase() {
        // Quartier-Lo's partner meeting acted as a steering group: the seed's own example of professionals in charge
        Proposal quartierLo = Classifier.classify(SeedExamples.QUARTIER_LO);
        assertTrue(quartierLo.mixed());
        assertEquals(InitiativeType.NEIGHBOURHOOD_CARE, quartierLo.alsoPointsTo());
        assertTrue(quartierLo.summary().en().contains("Mixed case: the drivers point to neighbourhood-oriented care "
                + "initiative, but the goal (meeting and promoting caring) does not fit that type and weighs most."),
                quartierLo.summary().en());
        assertTrue(quartierLo.summary().nl().contains("Gemengd geval: de trekkers wijzen naar buurtgericht "
                + "zorginitiatief, maar het doel (ontmoeting en zorgzaamheid bevorderen) past niet bij dat type"),
                quartierLo.summary().nl());
    }

    @Test
    void aClearCaseIsNotMixed() {
        Proposal garden = Classifier.classify(SeedExamples.VEGETABLE_GARDEN);
        assertFalse(garden.mixed());
        assertNull(garden.alsoPointsTo());
        assertEquals(3.5, garden.scores().get(InitiativeType.CARING_NEIGHBOURHOOD));
    }

    @Test
    void aTieIsShownAsATieWithBothTypesAndNeverSettledByTheTool() {
        // goal: meeting and care (types 1 and 3, half each); citizens lead (type 1); professionals only at
        // municipal scale (type 3); the initiative works in a geographic neighbourhood (type 2): 1.5 against 1.5
        Answers answers = Answers.of(Set.of(Goal.MEETING, Goal.CARE_AND_SUPPORT),
                Set.of(Driver.NEIGHBOURS, Driver.PROFESSIONALS), Lead.CITIZENS, Set.of(Scale.MUNICIPALITY),
                Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(), false, List.of());
        Proposal proposal = Classifier.classify(answers);
        assertNull(proposal.type());
        assertTrue(proposal.tie());
        assertEquals(List.of(InitiativeType.WARM_NEIGHBOUR, InitiativeType.NEIGHBOURHOOD_CARE), proposal.tiedWith());
        assertEquals("Gelijke stand tussen warm en zorgzaam bureninitiatief en buurtgericht zorginitiatief: het doel en "
                + "de trekkers wijzen naar warm en zorgzaam bureninitiatief; het doel en het werkingsgebied van de "
                + "professionals wijzen naar buurtgericht zorginitiatief. Kies zelf welk type het best past; overlap "
                + "kan, bekijk ook of een deelinitiatief of een link met een ander initiatief past.",
                proposal.summary().nl());
        assertTrue(proposal.follows(InitiativeType.WARM_NEIGHBOUR) && proposal.follows(InitiativeType.NEIGHBOURHOOD_CARE));
        assertFalse(proposal.follows(InitiativeType.CARING_NEIGHBOURHOOD));
    }

    @Test
    void incompleteOrContradictoryAnswersAreRefusedWithTheirField() {
        Answers empty = Answers.of(Set.of(), Set.of(), null, Set.of(), null, Set.of(), false, List.of());
        assertEquals(List.of("goals", "drivers", "lead", "scale"),
                Classifier.problems(empty).stream().map(Classifier.Problem::field).toList());
        Answers professionalsWithoutArea = Answers.of(Set.of(Goal.MEETING), Set.of(Driver.PROFESSIONALS),
                Lead.PROFESSIONALS, Set.of(), Scale.MUNICIPALITY, Set.of(), false, List.of());
        assertEquals(List.of("professionalAreas"), Classifier.problems(professionalsWithoutArea).stream()
                .map(Classifier.Problem::field).toList());
        Answers sharedWithoutCitizens = Answers.of(Set.of(Goal.MEETING), Set.of(Driver.PROFESSIONALS), Lead.SHARED,
                Set.of(Scale.MUNICIPALITY), Scale.MUNICIPALITY, Set.of(), false, List.of());
        assertEquals("lead", Classifier.problems(sharedWithoutCitizens).get(0).field());
        assertThrows(IllegalArgumentException.class, () -> Classifier.classify(empty));
    }
}
