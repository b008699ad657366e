package be.buurtwijzer.plugins.typology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The classifier's promises, checked on every complete set of answers there is (about 50,000). */
class GoalWeighsMostTest {

    private static <E extends Enum<E>> List<Set<E>> subsets(Class<E> type, boolean withEmpty) {
        E[] values = type.getEnumConstants();
        List<Set<E>> subsets = new ArrayList<>();
        for (int mask = withEmpty ? 0 : 1; mask < 1 << values.length; mask++) {
            Set<E> subset = EnumSet.noneOf(type);
            for (int i = 0; i < values.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(values[i]);
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }

    private static List<Answers> everyCompleteAnswer() {
        List<Answers> all = new ArrayList<>();
        for (Set<Goal> goals : subsets(Goal.class, false)) {
            for (Set<Driver> drivers : subsets(Driver.class, false)) {
                for (Lead lead : Lead.values()) {
                    for (Set<Scale> areas : subsets(Scale.class, true)) {
                        for (Scale scale : Scale.values()) {
                            Answers answers = Answers.of(goals, drivers, lead, areas, scale, Set.of(), false, List.of());
                            if (Classifier.problems(answers).isEmpty()) {
                                all.add(answers);
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    @Test
    void meetingOrSmallHelpAloneIsNeverCareAndCareAloneIsNeverAWarmNeighbourInitiative() {
        List<Answers> all = everyCompleteAnswer();
        assertTrue(all.size() > 10_000, "enumerated " + all.size());
        Set<Goal> meetingAndSmallHelp = EnumSet.of(Goal.MEETING, Goal.SMALL_HELP);
        int meetingOnly = 0;
        int careOnly = 0;
        for (Answers answers : all) {
            Proposal proposal = Classifier.classify(answers);
            List<InitiativeType> candidates = proposal.tie() ? proposal.tiedWith() : List.of(proposal.type());
            if (meetingAndSmallHelp.containsAll(answers.goals())) {
                meetingOnly++;
                assertFalse(candidates.contains(InitiativeType.NEIGHBOURHOOD_CARE), answers + " -> " + candidates);
            }
            if (answers.goals().equals(Set.of(Goal.CARE_AND_SUPPORT))) {
                careOnly++;
                assertFalse(candidates.contains(InitiativeType.WARM_NEIGHBOUR), answers + " -> " + candidates);
            }
        }
        assertTrue(meetingOnly > 1000 && careOnly > 1000, meetingOnly + " / " + careOnly);
    }

    @Test
    void aProposalIsAlwaysAdmittedByTheGoalATieIsNeverHiddenAndAMixedCaseIsClose() {
        for (Answers answers : everyCompleteAnswer()) {
            Proposal proposal = Classifier.classify(answers);
            Set<InitiativeType> admitted = Classifier.admitted(answers.goals());
            double best = admitted.stream().mapToDouble(proposal.scores()::get).max().orElseThrow();
            long atTheTop = admitted.stream().filter(t -> proposal.scores().get(t) == best).count();
            assertEquals(atTheTop > 1, proposal.tie(), answers.toString());
            if (proposal.tie()) {
                assertTrue(admitted.containsAll(proposal.tiedWith()));
                proposal.tiedWith().forEach(t -> assertTrue(proposal.summary().nl().contains(t.label().nl())));
                continue;
            }
            assertTrue(admitted.contains(proposal.type()), answers.toString());
            if (proposal.mixed()) {
                assertNotEquals(proposal.type(), proposal.alsoPointsTo());
                double also = proposal.scores().get(proposal.alsoPointsTo());
                assertTrue(also >= 1.0 && best - also <= 1.5, answers + ": " + proposal.scores());
                assertTrue(proposal.summary().nl().contains(proposal.alsoPointsTo().label().nl()));
            } else {
                proposal.scores().forEach((type, score) -> assertTrue(type == proposal.type() || score < 1.0
                        || best - score > 1.5, answers + ": " + proposal.scores()));
            }
        }
    }
}
