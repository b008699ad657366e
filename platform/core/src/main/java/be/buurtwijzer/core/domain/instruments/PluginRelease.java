package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One uploaded version of a plugin, with its jar: every node loads approved releases from here. */
@Entity
@Table(name = "plugin_release")
public class PluginRelease {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 64)
    private String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReleaseStatus status;

    @Column(nullable = false, length = 200)
    private String organisation;

    @Column(length = 200)
    private String requires;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] artifact;

    @Lob
    @Column(name = "descriptor")
    private String descriptorJson;

    @Column(name = "release_notes", length = 4000)
    private String releaseNotes;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 4000)
    private String reason;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Column(name = "signed_with", length = 64)
    private String signedWith;

    @Column(name = "start_problem", length = 4000)
    private String startProblem;

    @Version
    @Column(name = "version_lock")
    private long lock;

    protected PluginRelease() {
    }

    public PluginRelease(String pluginId, String version, String organisation, String requires, String sha256,
            byte[] artifact, String descriptorJson, String releaseNotes, String uploadedBy, Instant uploadedAt) {
        this.pluginId = pluginId;
        this.version = version;
        this.organisation = organisation;
        this.requires = requires;
        this.sha256 = sha256;
        this.artifact = artifact;
        this.sizeBytes = artifact.length;
        this.descriptorJson = descriptorJson;
        this.releaseNotes = releaseNotes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.status = ReleaseStatus.SUBMITTED;
    }

    public void decide(ReleaseStatus status, String who, Instant when, String reason) {
        this.status = status;
        this.decidedBy = who;
        this.decidedAt = when;
        this.reason = reason;
    }

    /**
     * The same version of a plugin built with the platform, built again (e.g. against a new plugin API): the
     * platform's own catalogue may replace the jar of its release; a published release never changes.
     */
    public void rebuilt(String requires, String sha256, byte[] artifact) {
        // the jar is a lazy attribute: read before it is replaced, or EclipseLink stores the new SHA-256 beside
        // the old jar (seen after a rebuild: every instrument refused at start, "does not match its SHA-256")
        getArtifact();
        this.requires = requires;
        this.sha256 = sha256;
        this.artifact = artifact;
        this.sizeBytes = artifact.length;
        this.descriptorJson = null;
        this.startProblem = null;
    }

    public void signedBy(String organisationId, String keyFingerprint) {
        this.organisationId = organisationId;
        this.signedWith = keyFingerprint;
    }

    public void setStartProblem(String startProblem) {
        this.startProblem = startProblem == null || startProblem.length() <= 4000 ? startProblem
                : startProblem.substring(0, 4000);
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getSignedWith() {
        return signedWith;
    }

    public String getStartProblem() {
        return startProblem;
    }

    public String getId() {
        return id;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getVersion() {
        return version;
    }

    public ReleaseStatus getStatus() {
        return status;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRequires() {
        return requires;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getArtifact() {
        return artifact;
    }

    public String getDescriptorJson() {
        return descriptorJson;
    }

    public void setDescriptorJson(String descriptorJson) {
        this.descriptorJson = descriptorJson;
    }

    public String getReleaseNotes() {
        return releaseNotes;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
