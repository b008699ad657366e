package be.buurtwijzer.plugins.volunteers.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Completeness, versions and approval of a volunteer policy. */
public final class PolicyRules {

    /** The longest answer: a policy is read by volunteers, not a report. */
    public static final int MAX_ANSWER = 4000;

    private PolicyRules() {
    }

    /** The questions still open, in the template's order. */
    public static List<PolicyTemplate.Question> open(Policy policy) {
        return PolicyTemplate.questions().stream().filter(q -> blank(policy.answers().get(q.id()))).toList();
    }

    /** Why the answers cannot be stored, or null: an unknown question, or an answer longer than allowed. */
    public static String problem(Map<String, String> answers) {
        for (var entry : answers.entrySet()) {
            if (PolicyTemplate.questions().stream().noneMatch(q -> q.id().equals(entry.getKey()))) {
                return "answers." + entry.getKey() + ": is not a question of the policy";
            }
            if (entry.getValue() != null && entry.getValue().length() > MAX_ANSWER) {
                return "answers." + entry.getKey() + ": is longer than " + MAX_ANSWER + " characters";
            }
        }
        return null;
    }

    /**
     * The version that takes these answers: the draft itself, or, when the latest version is approved and so
     * frozen, the next one (the first is version 1).
     */
    public static Policy edited(Policy latest, Map<String, String> answers) {
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((id, text) -> {
            if (!blank(text)) {
                kept.put(id, text.strip());
            }
        });
        int version = latest == null ? 1 : latest.approved() ? latest.version() + 1 : latest.version();
        return new Policy(version, kept, null, null);
    }

    /** The approved version; refused while questions are open or when it was approved already. */
    public static Policy approve(Policy draft, Instant at, String by) {
        if (draft.approved()) {
            throw new IllegalStateException("version " + draft.version() + " is approved already");
        }
        List<PolicyTemplate.Question> open = open(draft);
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(open.size() + " question(s) are still open");
        }
        return new Policy(draft.version(), draft.answers(), at, by);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
