package be.buurtwijzer.core.application.privacy;

import java.util.List;

/**
 * What a municipality holds about one person, by place: the register (the person as an actor, as an
 * organisation's contact, named in a description), membership, invitations, the audit trail, consents and
 * every instrument it uses or used.
 */
public record SubjectFindings(String name, String email, List<ActorHit> actors, List<MemberHit> members,
        int invitations, int registerMentions, int auditEntries, int consents, List<InstrumentFinding> instruments) {

    /** How an actor of the register is about the person. */
    public enum ActorRole {
        /** The actor is the person. */
        PERSON,
        /** The person is the actor's contact. */
        CONTACT
    }

    public record ActorHit(String id, String name, ActorRole role) {
    }

    public record MemberHit(String userId, String email, String displayName, String role) {
    }

    /** What one instrument said. */
    public enum InstrumentStatus {
        /** It holds records about the person. */
        FOUND,
        /** It holds personal data, none about this person. */
        NOTHING,
        /** It declares that it holds no personal data. */
        NO_PERSONAL_DATA,
        /** It is not running on the platform now, so it could not be asked; its data is kept. */
        UNAVAILABLE
    }

    public record InstrumentFinding(String pluginId, String instrument, InstrumentStatus status, int records) {
    }

    public boolean anything() {
        return !actors.isEmpty() || !members.isEmpty() || invitations > 0 || registerMentions > 0 || auditEntries > 0
                || consents > 0 || instruments.stream().anyMatch(i -> i.records() > 0);
    }
}
