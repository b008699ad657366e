package be.buurtwijzer.plugins.volunteers.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a municipality's volunteer policy: the answers per question, and, once the tenant
 * administrator approved it, who approved it when; an approved version is frozen, and a change starts the
 * next version from its answers.
 */
public record Policy(int version, Map<String, String> answers, Instant approvedAt, String approvedBy) {

    public Policy {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
