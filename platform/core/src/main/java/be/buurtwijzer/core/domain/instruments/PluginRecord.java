package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.TenantContext;
import be.buurtwijzer.core.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One JSON document of one plugin in one municipality: the record store's row. */
@Entity
@Table(name = "plugin_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantContext.COLUMN, contextProperty = TenantContext.PROPERTY, length = 36)
public class PluginRecord extends TrackedEntity {

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Lob
    @Column(nullable = false)
    private String document;

    protected PluginRecord() {
    }

    public PluginRecord(String pluginId, String kind, int schemaVersion, String document) {
        this.pluginId = pluginId;
        this.kind = kind;
        this.schemaVersion = schemaVersion;
        this.document = document;
    }

    public void replace(int schemaVersion, String document) {
        this.schemaVersion = schemaVersion;
        this.document = document;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("schemaVersion", schemaVersion);
        state.put("document", document);
        return state;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getKind() {
        return kind;
    }

    public int getSchemaVersion() {
        return schemaVersion;
    }

    public String getDocument() {
        return document;
    }
}
