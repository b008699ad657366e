package be.buurtwijzer.core.domain.privacy;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A municipality's own retention for one kind of record of one instrument, in days. */
@Entity
@Table(name = "retention_override")
public class RetentionOverride {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    private long version;

    protected RetentionOverride() {
    }

    public RetentionOverride(String tenantId, String pluginId, String kind) {
        this.tenantId = tenantId;
        this.pluginId = pluginId;
        this.kind = kind;
    }

    public void set(int days, Instant at, String by) {
        this.retentionDays = days;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getKind() {
        return kind;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public long getVersion() {
        return version;
    }
}
