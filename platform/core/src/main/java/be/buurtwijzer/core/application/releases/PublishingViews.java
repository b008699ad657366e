package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the publishing API reads and answers. */
public final class PublishingViews {
    private PublishingViews() {
    }

    public record OrganisationInput(@NotBlank @Size(max = 200) String name) {
    }

    public record Organisation(String id, String name, Instant createdAt) {
    }

    public record KeyInput(@NotBlank @Size(max = 200) String label, @NotBlank @Size(max = 2000) String publicKey) {
    }

    /** {@code approvedAt} null: the key waits for approval and signs nothing yet. */
    public record Key(String id, String organisationId, String label, String fingerprint, Instant createdAt,
            Instant revokedAt, Instant approvedAt, String approvedBy, String registeredBy) {
    }

    public record Publisher(String userId, String email, String displayName, String organisationId,
            @JsonbProperty(nillable = false) String oneTimePassword) {
    }

    public record Decision(@Size(max = 4000) String reason) {
    }

    /**
     * A release as its publisher and the platform administrators see it: never any municipality's
     * data, only how many municipalities use it.
     */
    public record Release(String id, String pluginId, String version, ReleaseStatus status, String organisation,
            String requires, String sha256, long sizeBytes, String releaseNotes, String uploadedBy, Instant uploadedAt,
            String decidedBy, Instant decidedAt, String reason, boolean active, String startProblem,
            long municipalitiesUsing) {
    }
}
