package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.domain.instruments.PluginRecord;
import java.time.Instant;

/** A stored document as JSON text, with its bookkeeping. */
public record RecordRow(String id, String kind, long version, int schemaVersion, String json, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    static RecordRow of(PluginRecord r) {
        return new RecordRow(r.getId(), r.getKind(), r.getVersion(), r.getSchemaVersion(), r.getDocument(),
                r.getCreatedAt(), r.getCreatedBy(), r.getUpdatedAt(), r.getUpdatedBy());
    }
}
