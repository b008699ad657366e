package be.buurtwijzer.plugin.api.files;

import java.time.Instant;

/** A file kept by the platform for an instrument, without its content. */
public record StoredFile(String id, String kind, String fileName, String mediaType, long size, String sha256,
        boolean hasThumbnail, Instant createdAt) {
}
