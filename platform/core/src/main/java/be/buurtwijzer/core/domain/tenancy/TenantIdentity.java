package be.buurtwijzer.core.domain.tenancy;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A municipality's logo (a PNG, scaled down) and colour (#RRGGBB, legible on white). */
@Entity
@Table(name = "tenant_identity")
public class TenantIdentity {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo_png")
    private byte[] logoPng;

    @Column(length = 7)
    private String colour;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    private long version;

    protected TenantIdentity() {
    }

    public TenantIdentity(String tenantId) {
        this.tenantId = tenantId;
    }

    public void change(byte[] logoPng, String colour, String by, Instant at) {
        this.logoPng = logoPng;
        this.colour = colour;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("colour", colour);
        state.put("logo", logoPng == null ? null : logoPng.length + " bytes");
        return state;
    }

    public String getTenantId() {
        return tenantId;
    }

    public byte[] getLogoPng() {
        return logoPng;
    }

    public String getColour() {
        return colour;
    }

    public long getVersion() {
        return version;
    }
}
