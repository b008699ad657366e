package be.buurtwijzer.core.domain.privacy;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Proof of one consent: who consented to which purpose, in which wording and version, when, recorded by
 * whom, and its withdrawal. Never changed afterwards except to record the withdrawal; consenting again is a
 * new record. Access-control style: an explicit tenant id, queried with it.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Column(nullable = false, length = 100)
    private String purpose;

    @Column(name = "subject_actor_id", length = 36)
    private String subjectActorId;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "subject_email", length = 254)
    private String subjectEmail;

    @Column(nullable = false, length = 4000)
    private String wording;

    @Column(name = "wording_version", nullable = false, length = 32)
    private String wordingVersion;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 254)
    private String withdrawnBy;

    @Version
    private long version;

    protected ConsentRecord() {
    }

    public ConsentRecord(String tenantId, String pluginId, String purpose, String subjectActorId, String subjectName,
            String subjectEmail, String wording, String wordingVersion, Instant givenAt, String recordedBy) {
        this.tenantId = tenantId;
        this.pluginId = pluginId;
        this.purpose = purpose;
        this.subjectActorId = subjectActorId;
        this.subjectName = subjectName;
        this.subjectEmail = subjectEmail;
        this.wording = wording;
        this.wordingVersion = wordingVersion;
        this.givenAt = givenAt;
        this.recordedBy = recordedBy;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    /** @return false when it was withdrawn already (withdrawing twice changes nothing) */
    public boolean withdraw(Instant at, String by) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = at;
        withdrawnBy = by;
        return true;
    }

    public boolean isAbout(PersonMatch person, String actorId) {
        return (actorId != null && actorId.equals(subjectActorId)) || person.isNamed(subjectName)
                || person.hasEmail(subjectEmail);
    }

    /** What the audit trail keeps of a consent: the purpose, the wording's version and whether it holds; not whom. */
    public java.util.Map<String, be.buurtwijzer.core.domain.audit.Change> auditChanges() {
        java.util.Map<String, be.buurtwijzer.core.domain.audit.Change> changes = new java.util.LinkedHashMap<>();
        changes.put("purpose", new be.buurtwijzer.core.domain.audit.Change(null, purpose));
        changes.put("wordingVersion", new be.buurtwijzer.core.domain.audit.Change(null, wordingVersion));
        changes.put("active", new be.buurtwijzer.core.domain.audit.Change(null, isActive()));
        return changes;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSubjectActorId() {
        return subjectActorId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getSubjectEmail() {
        return subjectEmail;
    }

    public String getWording() {
        return wording;
    }

    public String getWordingVersion() {
        return wordingVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public long getVersion() {
        return version;
    }
}
