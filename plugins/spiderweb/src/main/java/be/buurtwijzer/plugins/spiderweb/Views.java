package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.time.LocalDate;
import java.util.List;

/** What the spider web's operations answer, in the caller's language where they carry words. */
public final class Views {

    private Views() {
    }

    /**
     * @param forms per actor (id), the forms of collaboration that fit the intensity it is needed at (the
     *     collaboration check's table), in the caller's language
     */
    public record WebView(String id, long version, String name, String challenge, Documents.WebKind kind, WebState state,
            List<SignalView> signals, java.util.Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> networkCheck,
            java.util.Map<String, String> forms) {
    }

    public record SignalView(String kind, String actorId, String message) {
    }

    /**
     * A partner's latest scan in this municipality and the web it was made in; {@code webId} null when the
     * partner has none yet.
     */
    public record PartnerScanView(String actorId, String webId, String webName, java.time.Instant updatedAt,
            java.util.Map<be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion, String> scan) {
    }

    public record WebSummary(String id, String name, String challenge, int actors, int snapshots) {
    }

    public record FactorView(String id, String kind, String label, boolean fromSeed) {
    }

    public record SnapshotView(String id, String webId, String label, LocalDate date, String takenBy) {
    }

    public record MoveView(String actorId, String actorName, Intensity from, Intensity to) {
    }

    public record FactorChangeView(String factorId, String label, int from, int to) {
    }

    public record ComparisonView(String from, String to, List<MoveView> inward, List<MoveView> outward,
            List<String> joined, List<String> left, List<FactorChangeView> factors) {
    }
}
