package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The spider web's stored documents; what its operations take and answer is in {@link Payloads}. */
public final class Documents {

    private Documents() {
    }

    public enum WebKind {
        CHALLENGE, COLLABORATION
    }

    /**
     * kind "web"
     *
     * @param networkCheck the self-check on the four characteristics of goal-directed networks
     */
    public record Web(String name, String challenge, WebKind kind, WebState state,
            Map<CollaborationCheck.Characteristic, CheckAnswer> networkCheck) {

        public Web {
            networkCheck = networkCheck == null ? Map.of() : Map.copyOf(networkCheck);
        }
    }

    /** One characteristic's answer in the self-check, with what the team noted about it. */
    public record CheckAnswer(CollaborationCheck.Answer answer, String note) {
    }

    /** kind "snapshot": a web frozen at a date */
    public record Snapshot(String webId, String label, LocalDate date, Instant takenAt, String takenBy, WebState state) {
    }

    /** kind "factor": a factor the municipality added to the seed's list */
    public record CustomFactor(be.buurtwijzer.plugins.spiderweb.domain.Factor.Kind kind, String nl, String en) {
    }
}
