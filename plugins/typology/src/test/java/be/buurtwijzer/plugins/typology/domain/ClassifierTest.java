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
        assertEquals(3, proposal.verdicts().size());
        assertTrue(proposal.summary().nl().contains(seedType.label().nl()), proposal.summary().nl());
        assertTrue(proposal.summary().en().contains(seedType.label().en()), proposal.summary().en());
        proposal.verdicts().forEach(v -> assertFalse(v.reason().nl().isBlank() || v.reason().en().isBlank()));
    }

    @Test
    void theExplanationNamesTheDecidingCriteria() {
        Proposal straten = Classifier.classify(SeedExamples.ZORGZAME_STRATEN);
        assertEquals("Proposal: warm and caring neighbour initiative, because the goal, the drivers and the "
                + "professionals' operating area point that way.", straten.summary().en());
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
        assertTrue(quartierLo.summary().en().contains("Mixed case: the drivers also point to neighbourhood-oriented care"),
                quartierLo.summary().en());
        assertTrue(quartierLo.summary().nl().contains("Gemengd geval: de drivers wijzen ook naar"),
                quartierLo.summary().nl());
    }

    @Test
    void aClearCaseIsNotMixed() {
        Proposal garden = Classifier.classify(SeedExamples.VEGETABLE_GARDEN);
        assertFalse(garden.mixed());
        assertNull(garden.alsoPointsTo());
        assertEquals(2.5, garden.scores().get(InitiativeType.CARING_NEIGHBOURHOOD));
    }

    @Test
    void aTieIsDecidedByTheDriversAndFlaggedAsMixed() {
        // goal: care and support (type 3); drivers: neighbours and professionals together (type 2);
        // professionals with neighbourhood and larger areas (types 2 and 3 half each): 1.5 against 1.5
        Answers answers = new Answers(Set.of(Goal.CARE_AND_SUPPORT), Set.of(Driver.NEIGHBOURS, Driver.PROFESSIONALS),
                Lead.SHARED, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD, Scale.MUNICIPALITY), Scale.GEOGRAPHIC_NEIGHBOURHOOD,
                Set.of(), false, List.of());
        Proposal proposal = Classifier.classify(answers);
        assertEquals(InitiativeType.CARING_NEIGHBOURHOOD, proposal.type());
        assertTrue(proposal.mixed());
        assertEquals(InitiativeType.NEIGHBOURHOOD_CARE, proposal.alsoPointsTo());
    }

    @Test
    void incompleteOrContradictoryAnswersAreRefusedWithTheirField() {
        Answers empty = new Answers(Set.of(), Set.of(), null, Set.of(), null, Set.of(), false, List.of());
        assertEquals(List.of("goals", "drivers", "lead", "scale"),
                Classifier.problems(empty).stream().map(Classifier.Problem::field).toList());
        Answers professionalsWithoutArea = new Answers(Set.of(Goal.MEETING), Set.of(Driver.PROFESSIONALS),
                Lead.PROFESSIONALS, Set.of(), Scale.MUNICIPALITY, Set.of(), false, List.of());
        assertEquals(List.of("professionalAreas"), Classifier.problems(professionalsWithoutArea).stream()
                .map(Classifier.Problem::field).toList());
        Answers sharedWithoutCitizens = new Answers(Set.of(Goal.MEETING), Set.of(Driver.PROFESSIONALS), Lead.SHARED,
                Set.of(Scale.MUNICIPALITY), Scale.MUNICIPALITY, Set.of(), false, List.of());
        assertEquals("lead", Classifier.problems(sharedWithoutCitizens).get(0).field());
        assertThrows(IllegalArgumentException.class, () -> Classifier.classify(empty));
    }
}
