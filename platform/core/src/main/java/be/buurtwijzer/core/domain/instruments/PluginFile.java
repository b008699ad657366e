package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.TenantContext;
import be.buurtwijzer.core.domain.shared.TrackedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One file of one plugin in one municipality; its content is read only when asked for. */
@Entity
@Table(name = "plugin_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantContext.COLUMN, contextProperty = TenantContext.PROPERTY, length = 36)
public class PluginFile extends TrackedEntity {

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] thumbnail;

    protected PluginFile() {
    }

    public PluginFile(String pluginId, String kind, String fileName, String mediaType, String sha256, byte[] content,
            byte[] thumbnail) {
        this.pluginId = pluginId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.thumbnail = thumbnail;
    }

    /** What the audit trail keeps of a file: never its content. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("fileName", fileName);
        state.put("mediaType", mediaType);
        state.put("size", size);
        state.put("sha256", sha256);
        return state;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
