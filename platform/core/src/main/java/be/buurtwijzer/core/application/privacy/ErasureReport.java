package be.buurtwijzer.core.application.privacy;

import java.util.Map;

/**
 * What an erasure changed: register actors anonymised, contacts cleared, descriptions and audit entries
 * blanked, invitations and consents removed, and records changed per instrument. Run again, it changes
 * nothing.
 */
public record ErasureReport(int actorsAnonymised, int contactsCleared, int registerMentions, int invitations,
        int consents, int auditEntries, Map<String, Integer> instrumentRecords) {

    public int total() {
        return actorsAnonymised + contactsCleared + registerMentions + invitations + consents + auditEntries
                + instrumentRecords.values().stream().mapToInt(Integer::intValue).sum();
    }
}
