package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The spider web's stored documents and the bodies of its operations. */
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

    public record PlacementInput(String actorId, Intensity current, Intensity needed, Participation participation,
            Enthusiasm enthusiasm, Map<ScanQuestion, String> scan) {
    }

    /** {@code version}: for an existing web, the version it had when it was read (stale → 409, nothing lost). */
    public record WebInput(String webId, String name, String challenge, WebKind kind, List<PlacementInput> placements,
            List<FactorScore> factors, Map<CollaborationCheck.Characteristic, CheckAnswer> networkCheck, Long version) {
    }

    public record WebRef(String webId) {
    }

    /** {@code exceptWebId}: the web being edited, whose own scan is already at hand (may be null). */
    public record PartnerScanRequest(String actorId, String exceptWebId) {
    }

    public record SnapshotRequest(String webId, String label, LocalDate date) {
    }

    /** {@code to} null compares with the web as it is now. */
    public record CompareRequest(String webId, String from, String to) {
    }

    public record FactorInput(be.buurtwijzer.plugins.spiderweb.domain.Factor.Kind kind, String nl, String en) {
    }

    public record None() {
    }
}
