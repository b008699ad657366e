package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.application.instruments.PluginGuard;

import be.buurtwijzer.core.domain.instruments.RecordMigrationRow;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;

/**
 * Brings a plugin's stored documents, in every municipality, to the schema version of the release
 * that just started. One transaction: either every document is migrated or none is.
 */
@ApplicationScoped
public class RecordMigrator {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PluginGuard guard;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int migrate(LoadedInstrument instrument) {
        int target = instrument.descriptor().dataSchemaVersion();
        List<RecordMigrationRow> rows = em.createQuery("SELECT r FROM RecordMigrationRow r WHERE r.pluginId = :plugin "
                        + "AND r.schemaVersion < :target", RecordMigrationRow.class)
                .setParameter("plugin", instrument.pluginId()).setParameter("target", target).getResultList();
        for (RecordMigrationRow row : rows) {
            JsonObject document;
            try (var reader = Json.createReader(new StringReader(row.getDocument()))) {
                document = reader.readObject();
            }
            for (int version = row.getSchemaVersion(); version < target; version++) {
                int from = version;
                JsonObject current = document;
                document = guard.call(instrument.pluginId(), instrument.pluginId(), "record migration from " + from,
                        () -> instrument.instrument().migrateRecord(row.getKind(), from, current));
                if (document == null) {
                    throw new IllegalStateException("the migration from schema " + from + " returned nothing");
                }
            }
            row.migrated(target, document.toString());
        }
        em.flush();
        return rows.size();
    }
}
