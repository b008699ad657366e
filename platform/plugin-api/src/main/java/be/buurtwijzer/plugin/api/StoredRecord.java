package be.buurtwijzer.plugin.api;

import java.time.Instant;

public record StoredRecord<T>(String id, String kind, long version, int schemaVersion, T value, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {
}
