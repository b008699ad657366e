package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public Ed25519 key a support organisation signs its plugin jars with. */
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

    public boolean isActive() {
        return revokedAt == null;
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
