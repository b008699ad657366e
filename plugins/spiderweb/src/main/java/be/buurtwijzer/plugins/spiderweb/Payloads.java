package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.Documents.CheckAnswer;
import be.buurtwijzer.plugins.spiderweb.Documents.WebKind;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the spider web's operations take and answer (JSON-B needs one constructor per record); the answers
 * carry words in the caller's language.
 */
public final class Payloads {

    private Payloads() {
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

    /**
     * @param forms per actor (id), the forms of collaboration that fit the intensity it is needed at (the
     *     collaboration check's table), in the caller's language
     */
    public record WebDetails(String id, long version, String name, String challenge, Documents.WebKind kind, WebState state,
            List<SignalDetails> signals, java.util.Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> networkCheck,
            java.util.Map<String, String> forms) {
    }

    public record SignalDetails(String kind, String actorId, String message) {
    }

    /**
     * A partner's latest scan in this municipality and the web it was made in; {@code webId} null when the
     * partner has none yet.
     */
    public record PartnerScanDetails(String actorId, String webId, String webName, java.time.Instant updatedAt,
            java.util.Map<be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion, String> scan) {
    }

    public record WebSummary(String id, String name, String challenge, int actors, int snapshots) {
    }

    public record FactorDetails(String id, String kind, String label, boolean fromSeed) {
    }

    public record SnapshotDetails(String id, String webId, String label, LocalDate date, String takenBy) {
    }

    public record MoveDetails(String actorId, String actorName, Intensity from, Intensity to) {
    }

    public record FactorChangeDetails(String factorId, String label, int from, int to) {
    }

    public record ComparisonDetails(String from, String to, List<MoveDetails> inward, List<MoveDetails> outward,
            List<String> joined, List<String> left, List<FactorChangeDetails> factors) {
    }
}
