package be.buurtwijzer.core.domain.archive;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a municipality archive from a file and checks all of it before anything is read for
 * import: a zip that is complete, a manifest this platform understands (not from a newer format or
 * platform), every listed entry present with its SHA-256, size and row count, and nothing unlisted.
 * Checksums find damage and truncation; they are no signature against someone who rewrites the
 * manifest too.
 */
public final class ArchiveReader implements AutoCloseable {
    private final ZipFile zip;
    private final ArchiveManifest manifest;

    private ArchiveReader(ZipFile zip, ArchiveManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and verifies the archive; an {@link ArchiveException} says what is wrong. */
    public static ArchiveReader open(Path file, String platformVersion) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ArchiveException("truncated", "The file is not a complete zip archive (it may be truncated).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ArchiveManifest manifest = readManifest(zip);
            checkVersions(manifest, platformVersion);
            verifyEntries(zip, manifest);
            return new ArchiveReader(zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    public ArchiveManifest manifest() {
        return manifest;
    }

    /** Every row of an entry, in order; an entry the manifest does not list has no rows. */
    public void forEach(String name, Consumer<JsonObject> row) {
        if (manifest.entry(name).isEmpty()) {
            return;
        }
        try (InputStream in = zip.getInputStream(zip.getEntry(name));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                row.accept(parse(line, name, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only row of a one-row entry. */
    public JsonObject single(String name) {
        List<JsonObject> rows = new ArrayList<>();
        forEach(name, rows::add);
        if (rows.size() != 1) {
            throw new ArchiveException("missing-entry", "The archive has no " + name + ".", List.of(name));
        }
        return rows.get(0);
    }

    /** The names of the plugin record entries, as plugin ids. */
    public List<String> recordPlugins() {
        List<String> plugins = new ArrayList<>();
        for (ArchiveManifest.Entry entry : manifest.entries()) {
            if (entry.name().startsWith(ArchiveFormat.RECORDS_PREFIX) && entry.name().endsWith(".jsonl")) {
                plugins.add(entry.name().substring(ArchiveFormat.RECORDS_PREFIX.length(),
                        entry.name().length() - ".jsonl".length()));
            }
        }
        return plugins;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static ArchiveManifest readManifest(ZipFile zip) {
        ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
        if (entry == null) {
            throw new ArchiveException("manifest", "The archive has no manifest (" + ArchiveFormat.MANIFEST + ").");
        }
        try (InputStream in = zip.getInputStream(entry); var reader = Json.createReader(in)) {
            return ArchiveManifest.fromJson(reader.readObject());
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new ArchiveException("manifest", "The archive's manifest is not readable JSON.");
        } catch (IOException e) {
            throw new ArchiveException("truncated", "The archive's manifest cannot be read (the file may be damaged).");
        }
    }

    static void checkVersions(ArchiveManifest manifest, String platformVersion) {
        if (manifest.formatVersion() > ArchiveFormat.VERSION) {
            throw new ArchiveException("newer-format", "The archive has format version " + manifest.formatVersion()
                    + "; this platform reads up to version " + ArchiveFormat.VERSION + ". Upgrade the platform first.");
        }
        if (manifest.formatVersion() < 1) {
            throw new ArchiveException("manifest", "The archive's format version is not valid.");
        }
        if (ArchiveFormat.compareVersions(manifest.platformVersion(), platformVersion) > 0) {
            throw new ArchiveException("newer-platform", "The archive was made by platform " + manifest.platformVersion()
                    + ", newer than this one (" + platformVersion + "). Upgrade the platform first.");
        }
    }

    private static void verifyEntries(ZipFile zip, ArchiveManifest manifest) {
        List<String> problems = new ArrayList<>();
        for (ArchiveManifest.Entry expected : manifest.entries()) {
            if (!safeName(expected.name())) {
                problems.add(expected.name() + ": not an allowed entry name");
                continue;
            }
            ZipEntry entry = zip.getEntry(expected.name());
            if (entry == null) {
                problems.add(expected.name() + ": missing");
                continue;
            }
            MessageDigest digest = ArchiveWriter.sha256();
            long size = 0;
            long rows = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = zip.getInputStream(entry)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                    size += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            rows++;
                        }
                    }
                }
            } catch (IOException e) {
                problems.add(expected.name() + ": cannot be read (damaged or truncated)");
                continue;
            }
            if (size != expected.size() || !HexFormat.of().formatHex(digest.digest()).equals(expected.sha256())) {
                problems.add(expected.name() + ": checksum does not match");
            } else if (rows != expected.rows()) {
                problems.add(expected.name() + ": row count does not match");
            }
        }
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.getName().equals(ArchiveFormat.MANIFEST) && manifest.entry(entry.getName()).isEmpty()) {
                problems.add(entry.getName() + ": not listed in the manifest");
            }
        }
        if (!problems.isEmpty()) {
            throw new ArchiveException("checksum", "The archive is damaged or was changed after it was made: "
                    + String.join("; ", problems) + ".", problems);
        }
    }

    private static boolean safeName(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("..") && !name.contains("\\")
                && name.length() <= 200;
    }

    private static JsonObject parse(String line, String name, int number) {
        try (var reader = Json.createReader(new java.io.StringReader(line))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ArchiveException("checksum", "Line " + number + " of " + name + " is not a JSON object.",
                    List.of(name));
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
