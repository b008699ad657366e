package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A platform administrator's value for one setting of one plugin: a JSON document, the same for every municipality. */
@Entity
@Table(name = "plugin_setting")
public class PluginSetting {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(name = "setting_key", nullable = false, length = 64)
    private String key;

    @Lob
    @Column(name = "value_json", nullable = false)
    private String json;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    private long version;

    protected PluginSetting() {
    }

    public PluginSetting(String pluginId, String key) {
        this.pluginId = pluginId;
        this.key = key;
    }

    public void set(String json, Instant at, String by) {
        this.json = json;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getKey() {
        return key;
    }

    public String getJson() {
        return json;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
