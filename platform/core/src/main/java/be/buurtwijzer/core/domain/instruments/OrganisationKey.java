package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A public Ed25519 key a support organisation signs its plugin jars with. A new key signs nothing
 * until someone other than the publisher who registered it approves it (a platform administrator,
 * or a second publisher of the organisation): otherwise a signature would prove no more than that
 * publisher's password.
 */
@Entity
@Table(name = "organisation_key")
public class OrganisationKey {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "public_key", nullable = false, length = 2000)
    private String publicKey;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "registered_by", length = 36)
    private String registeredBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 254)
    private String approvedBy;

    protected OrganisationKey() {
    }

    public OrganisationKey(String organisationId, String label, String publicKey, String fingerprint, Instant createdAt) {
        this.organisationId = organisationId;
        this.label = label;
        this.publicKey = publicKey;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    public void revoke(Instant when) {
        revokedAt = when;
    }

    public void registeredBy(String userId) {
        this.registeredBy = userId;
    }

    /** @param approver someone other than the registering publisher (checked by the caller) */
    public void approve(String approver, Instant when) {
        if (approvedAt == null) {
            approvedAt = when;
            approvedBy = approver;
        }
    }

    /** Approved and not revoked: the only keys a signature is checked against. */
    public boolean isActive() {
        return revokedAt == null && approvedAt != null;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getId() {
        return id;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getLabel() {
        return label;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
