package be.buurtwijzer.core.domain.archive;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a municipality archive to a stream, one entry at a time, without holding it in memory:
 * each entry's SHA-256, size and rows are counted while it is written, and the manifest that lists
 * them is the last entry. Rows are JSON objects, one per line (JSON Lines, UTF-8).
 */
public final class ArchiveWriter implements AutoCloseable {
    private final ZipOutputStream zip;
    private final List<ArchiveManifest.Entry> entries = new ArrayList<>();
    private Lines open;
    private boolean finished;

    public ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Starts an entry of JSON lines; close it (or start the next one) before writing another. */
    public Lines lines(String name) {
        if (finished) {
            throw new IllegalStateException("the archive is finished");
        }
        if (name.equals(ArchiveFormat.MANIFEST) || entries.stream().anyMatch(e -> e.name().equals(name))) {
            throw new IllegalArgumentException("entry written twice: " + name);
        }
        closeOpen();
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open = new Lines(name);
        return open;
    }

    /** A single JSON object as an entry of one row. */
    public void object(String name, JsonObject value) {
        try (Lines lines = lines(name)) {
            lines.add(value);
        }
    }

    /** Writes the manifest (listing every entry written) and ends the zip; returns the manifest. */
    public ArchiveManifest finish(String platformVersion, Instant createdAt, String sourceSlug, String sourceName,
            List<ArchiveManifest.PluginData> plugins) {
        closeOpen();
        ArchiveManifest manifest = new ArchiveManifest(ArchiveFormat.VERSION, platformVersion, createdAt, sourceSlug,
                sourceName, entries, plugins);
        try {
            zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
            zip.write(manifest.toJson().toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = true;
        return manifest;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeOpen() {
        if (open != null) {
            open.close();
        }
    }

    /** One entry being written. */
    public final class Lines implements AutoCloseable {
        private final String name;
        private final MessageDigest digest = sha256();
        private long size;
        private long rows;
        private boolean closed;

        private Lines(String name) {
            this.name = name;
        }

        public void add(JsonObject row) {
            if (closed) {
                throw new IllegalStateException("entry " + name + " is closed");
            }
            byte[] bytes = (row.toString() + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                zip.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            digest.update(bytes);
            size += bytes.length;
            rows++;
        }

        public long rows() {
            return rows;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            open = null;
            try {
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.add(new ArchiveManifest.Entry(name, HexFormat.of().formatHex(digest.digest()), size, rows));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
