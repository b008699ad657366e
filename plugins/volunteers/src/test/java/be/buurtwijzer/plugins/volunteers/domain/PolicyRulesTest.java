package be.buurtwijzer.plugins.volunteers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private static Map<String, String> allAnswered() {
        Map<String, String> answers = new HashMap<>();
        PolicyTemplate.questions().forEach(q -> answers.put(q.id(), "Antwoord op " + q.id()));
        return answers;
    }

    @Test
    void theTemplateAsksTheSeedsQuestionsAndWhatTheOrganisationNoteMustSay() {
        List<String> ids = PolicyTemplate.questions().stream().map(PolicyTemplate.Question::id).toList();
        assertTrue(ids.containsAll(List.of("commitment.same", "compensation.how", "compensation.insurance",
                "knowledge.required", "knowledge.taught", "tasks.may", "tasks.referOn", "coaching.who", "openness.how",
                "notVolunteering.how", "joining.when")));
        assertEquals(List.of("note.aim", "note.legalStatus", "note.responsible", "note.insurance", "note.allowances",
                "note.discretion"), PolicyTemplate.questions().stream().filter(PolicyTemplate.Question::organisationNote)
                .map(PolicyTemplate.Question::id).toList());
        assertTrue(PolicyTemplate.questions().get(0).text().nl().contains("hetzelfde engagement"));
    }

    @Test
    void theCompletenessCheckListsTheOpenQuestionsInOrder() {
        Policy empty = PolicyRules.edited(null, Map.of());
        assertEquals(1, empty.version());
        assertEquals(PolicyTemplate.questions().size(), PolicyRules.open(empty).size());
        Map<String, String> answers = allAnswered();
        answers.put("coaching.who", "   ");
        Policy almost = PolicyRules.edited(null, answers);
        assertEquals(List.of("coaching.who"), PolicyRules.open(almost).stream().map(PolicyTemplate.Question::id).toList());
        assertThrows(IllegalArgumentException.class, () -> PolicyRules.approve(almost, Instant.now(), "admin"));
    }

    @Test
    void anApprovedVersionIsFrozenAndAChangeStartsTheNext() {
        Policy draft = PolicyRules.edited(null, allAnswered());
        Policy approved = PolicyRules.approve(draft, Instant.parse("2026-11-12T10:00:00Z"), "admin@stederen.example");
        assertTrue(approved.approved());
        assertEquals(1, approved.version());
        assertThrows(IllegalStateException.class, () -> PolicyRules.approve(approved, Instant.now(), "x"));
        Policy next = PolicyRules.edited(approved, allAnswered());
        assertEquals(2, next.version(), "the approved version stays as it was");
        assertNull(next.approvedAt());
        assertEquals(2, PolicyRules.edited(next, Map.of()).version(), "a draft is edited in place");
    }

    @Test
    void unknownQuestionsAndOverlongAnswersAreNamed() {
        assertEquals("answers.nope: is not a question of the policy", PolicyRules.problem(Map.of("nope", "x")));
        assertTrue(PolicyRules.problem(Map.of("coaching.who", "x".repeat(4001))).startsWith("answers.coaching.who"));
        assertNull(PolicyRules.problem(allAnswered()));
    }
}
