package be.buurtwijzer.core.domain.instruments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The record store's rows seen across municipalities, for one purpose only: migrating a plugin's
 * documents to its new schema version in a single transaction (all or nothing) when a new release
 * starts. Application code never reads documents through this mapping.
 */
@Entity
@Table(name = "plugin_record")
public class RecordMigrationRow {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Lob
    @Column(nullable = false)
    private String document;

    @Version
    private long version;

    protected RecordMigrationRow() {
    }

    public void migrated(int schemaVersion, String document) {
        this.schemaVersion = schemaVersion;
        this.document = document;
    }

    public String getId() {
        return id;
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
