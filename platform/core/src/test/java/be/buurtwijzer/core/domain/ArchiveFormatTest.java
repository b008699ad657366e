package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.archive.ArchiveException;
import be.buurtwijzer.core.domain.archive.ArchiveFormat;
import be.buurtwijzer.core.domain.archive.ArchiveManifest;
import be.buurtwijzer.core.domain.archive.ArchiveReader;
import be.buurtwijzer.core.domain.archive.ArchiveWriter;
import be.buurtwijzer.core.domain.archive.IdRemap;
import be.buurtwijzer.core.domain.archive.PluginRequirements;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFormatTest {

    @TempDir
    Path dir;

    private static final Instant WHEN = Instant.parse("2026-11-23T10:15:30Z");

    private byte[] archive(int records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArchiveWriter writer = new ArchiveWriter(bytes)) {
            writer.object(ArchiveFormat.TENANT, Json.createObjectBuilder().add("slug", "stederen").add("name", "Stederen")
                    .build());
            try (var members = writer.lines(ArchiveFormat.MEMBERS)) {
                members.add(Json.createObjectBuilder().add("email", "a@example.org").add("role", "TENANT_ADMIN").build());
                members.add(Json.createObjectBuilder().add("email", "b@example.org").add("role", "PARTNER").build());
            }
            var lines = writer.lines(ArchiveFormat.records("logbook"));
            for (int i = 0; i < records; i++) {
                lines.add(Json.createObjectBuilder().add("id", "r" + i).add("kind", "entry").add("schemaVersion", 1)
                        .add("document", Json.createObjectBuilder().add("title", "Verhaal é " + i)).build());
            }
            writer.finish("1.3.0", WHEN, "stederen", "Stederen",
                    List.of(new ArchiveManifest.PluginData("logbook", "1.2.0", 1, records)));
        }
        return bytes.toByteArray();
    }

    private Path file(byte[] content) throws IOException {
        Path path = Files.createTempFile(dir, "archive", ".zip");
        Files.write(path, content);
        return path;
    }

    @Test
    void whatIsWrittenIsReadBackWithTheManifestListingEveryEntry() throws IOException {
        try (ArchiveReader reader = ArchiveReader.open(file(archive(3)), "1.3.0")) {
            ArchiveManifest manifest = reader.manifest();
            assertEquals(ArchiveFormat.VERSION, manifest.formatVersion());
            assertEquals("1.3.0", manifest.platformVersion());
            assertEquals(WHEN, manifest.createdAt());
            assertEquals("stederen", manifest.sourceSlug());
            assertEquals("Stederen", manifest.sourceName());
            assertEquals(List.of(ArchiveFormat.TENANT, ArchiveFormat.MEMBERS, "records/logbook.jsonl"),
                    manifest.entries().stream().map(ArchiveManifest.Entry::name).toList());
            assertEquals(2, manifest.rows(ArchiveFormat.MEMBERS));
            assertEquals(3, manifest.rows("records/logbook.jsonl"));
            assertEquals(0, manifest.rows("nothing"));
            assertEquals(64, manifest.entries().get(0).sha256().length());
            assertTrue(manifest.entries().get(0).size() > 10);
            assertEquals(List.of(new ArchiveManifest.PluginData("logbook", "1.2.0", 1, 3)), manifest.plugins());
            assertEquals("Stederen", reader.single(ArchiveFormat.TENANT).getString("name"));
            List<String> titles = new ArrayList<>();
            reader.forEach("records/logbook.jsonl", r -> titles.add(r.getJsonObject("document").getString("title")));
            assertEquals(List.of("Verhaal é 0", "Verhaal é 1", "Verhaal é 2"), titles);
            assertEquals(List.of("logbook"), reader.recordPlugins());
            List<JsonObject> none = new ArrayList<>();
            reader.forEach(ArchiveFormat.AUDIT, none::add);
            assertEquals(List.of(), none);
        }
    }

    @Test
    void theManifestIsTheLastEntrySoTheArchiveCanBeStreamed() throws IOException {
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new java.io.ByteArrayInputStream(archive(1)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        assertEquals(ArchiveFormat.MANIFEST, names.get(names.size() - 1));
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] whole = archive(50);
        for (int length : new int[] {0, 10, whole.length / 2, whole.length - 30}) {
            Path cut = file(Arrays.copyOf(whole, length));
            ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.open(cut, "1.3.0"));
            assertTrue(List.of("truncated", "checksum", "manifest").contains(e.code()), e.code() + " at " + length);
        }
    }

    @Test
    void anEntryChangedAfterwardsIsRefusedNamingIt() throws IOException {
        Path tampered = file(rewrite(archive(2), "members.jsonl",
                s -> s.replace("PARTNER", "TENANT_ADMIN")));
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.open(tampered, "1.3.0"));
        assertEquals("checksum", e.code());
        assertEquals(List.of("members.jsonl: checksum does not match"), e.details());
        assertTrue(e.getMessage().contains("members.jsonl"));
    }

    @Test
    void aSameSizeChangeIsFoundByTheChecksum() throws IOException {
        Path tampered = file(rewrite(archive(2), "members.jsonl", s -> s.replace("b@example", "c@example")));
        assertEquals("checksum", assertThrows(ArchiveException.class, () -> ArchiveReader.open(tampered, "1.3.0")).code());
    }

    @Test
    void aMissingOrAnUnlistedEntryIsRefused() throws IOException {
        Path missing = file(rewrite(archive(2), "members.jsonl", null));
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.open(missing, "1.3.0"));
        assertEquals(List.of("members.jsonl: missing"), e.details());
        Path extra = file(addEntry(archive(1), "records/extra.jsonl", "{}\n"));
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.open(extra, "1.3.0"));
        assertEquals(List.of("records/extra.jsonl: not listed in the manifest"), e.details());
    }

    @Test
    void aManifestWithAWrongRowCountOrNoManifestIsRefused() throws IOException {
        Path rows = file(rewrite(archive(3), ArchiveFormat.MANIFEST, s -> s.replace("\"rows\":2", "\"rows\":5")));
        assertEquals(List.of("members.jsonl: row count does not match"),
                assertThrows(ArchiveException.class, () -> ArchiveReader.open(rows, "1.3.0")).details());
        Path none = file(rewrite(archive(2), ArchiveFormat.MANIFEST, null));
        assertEquals("manifest", assertThrows(ArchiveException.class, () -> ArchiveReader.open(none, "1.3.0")).code());
        Path broken = file(rewrite(archive(2), ArchiveFormat.MANIFEST, s -> s.substring(0, 40)));
        assertEquals("manifest", assertThrows(ArchiveException.class, () -> ArchiveReader.open(broken, "1.3.0")).code());
        Path foreign = file(rewrite(archive(2), ArchiveFormat.MANIFEST, s -> s.replace("buurtwijzer-municipality", "x")));
        assertEquals("manifest", assertThrows(ArchiveException.class, () -> ArchiveReader.open(foreign, "1.3.0")).code());
        Path unsafe = file(rewrite(archive(2), ArchiveFormat.MANIFEST, s -> s.replace("\"tenant.json\"", "\"../tenant.json\"")));
        assertTrue(assertThrows(ArchiveException.class, () -> ArchiveReader.open(unsafe, "1.3.0")).details()
                .contains("../tenant.json: not an allowed entry name"));
    }

    @Test
    void anArchiveFromANewerFormatOrPlatformIsRefused() throws IOException {
        Path format = file(rewrite(archive(1), ArchiveFormat.MANIFEST, s -> s.replace("\"formatVersion\":1",
                "\"formatVersion\":2")));
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.open(format, "1.3.0"));
        assertEquals("newer-format", e.code());
        Path zero = file(rewrite(archive(1), ArchiveFormat.MANIFEST, s -> s.replace("\"formatVersion\":1",
                "\"formatVersion\":0")));
        assertEquals("manifest", assertThrows(ArchiveException.class, () -> ArchiveReader.open(zero, "1.3.0")).code());
        Path archive = file(archive(1));
        assertEquals("newer-platform", assertThrows(ArchiveException.class, () -> ArchiveReader.open(archive, "1.2.9"))
                .code());
        ArchiveReader.open(archive, "1.3.0").close();
        ArchiveReader.open(archive, "1.10.0").close();
        ArchiveReader.open(archive, "2.0").close();
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ArchiveFormat.compareVersions("1.10.0", "1.9.3") > 0);
        assertTrue(ArchiveFormat.compareVersions("1.3", "1.3.1") < 0);
        assertEquals(0, ArchiveFormat.compareVersions("1.3.0", "1.3"));
        assertEquals(0, ArchiveFormat.compareVersions("1.3.0-SNAPSHOT", "1.3.0"));
        assertTrue(ArchiveFormat.compareVersions("2", "1.99") > 0);
        assertThrows(ArchiveException.class, () -> ArchiveFormat.compareVersions("x.1", "1"));
    }

    @Test
    void writingAnEntryTwiceOrAfterTheEndIsAProgrammingError() {
        ArchiveWriter writer = new ArchiveWriter(new ByteArrayOutputStream());
        writer.object(ArchiveFormat.TENANT, Json.createObjectBuilder().build());
        assertThrows(IllegalArgumentException.class, () -> writer.lines(ArchiveFormat.TENANT));
        assertThrows(IllegalArgumentException.class, () -> writer.lines(ArchiveFormat.MANIFEST));
        var lines = writer.lines(ArchiveFormat.AUDIT);
        writer.finish("1.3.0", WHEN, "a", "A", List.of());
        assertThrows(IllegalStateException.class, () -> lines.add(Json.createObjectBuilder().build()));
        assertThrows(IllegalStateException.class, () -> writer.lines(ArchiveFormat.MEMBERS));
        writer.close();
    }

    @Test
    void everyReferenceToAnImportedIdIsRewrittenAndOthersAreLeftAlone() {
        AtomicInteger n = new AtomicInteger();
        IdRemap ids = new IdRemap(() -> "00000000-0000-4000-8000-00000000000" + n.incrementAndGet());
        String actor = "11111111-2222-4333-8444-555555555555";
        String initiative = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
        String stranger = "99999999-9999-4999-8999-999999999999";
        assertEquals("00000000-0000-4000-8000-000000000001", ids.map(actor));
        assertEquals(ids.map(actor), ids.map(actor.toUpperCase()));
        ids.map(initiative);
        ids.link("12345678-1234-4234-8234-123456789012", "existing-user");
        assertTrue(ids.knows(actor));
        assertEquals(stranger, ids.mapped(stranger));
        assertEquals(null, ids.map(null));
        assertEquals(null, ids.mapped(null));
        assertEquals(null, ids.rewrite(null));
        String document = "{\"actorId\":\"" + actor + "\",\"placements\":{\"" + initiative + "\":\"REFER\"},"
                + "\"note\":\"see " + actor + " and " + stranger + "\",\"by\":\"12345678-1234-4234-8234-123456789012\"}";
        assertEquals("{\"actorId\":\"00000000-0000-4000-8000-000000000001\",\"placements\":{"
                + "\"00000000-0000-4000-8000-000000000002\":\"REFER\"},\"note\":\"see "
                + "00000000-0000-4000-8000-000000000001 and " + stranger + "\",\"by\":\"existing-user\"}",
                ids.rewrite(document));
        assertEquals(3, ids.size());
        assertEquals(36, new IdRemap().map("x").length());
    }

    @Test
    void pluginsThatAreMissingOrTooOldAreListed() {
        var needed = List.of(new ArchiveManifest.PluginData("logbook", "1.2.0", 2, 10),
                new ArchiveManifest.PluginData("typology", "1.0.0", 1, 3),
                new ArchiveManifest.PluginData("spiderweb", null, 3, 1),
                new ArchiveManifest.PluginData("packages", "1.0.0", 1, 0));
        var installed = Map.of("logbook", new PluginRequirements.Installed("1.1.0", 1),
                "typology", new PluginRequirements.Installed("1.0.0", 1),
                "packages", new PluginRequirements.Installed("2.0.0", 4));
        assertEquals(List.of("logbook 1.2.0 needs data schema 2; the installed version 1.1.0 has schema 1",
                "spiderweb is not installed"), PluginRequirements.problems(needed, installed));
        assertEquals(List.of(), PluginRequirements.problems(needed.subList(1, 2), installed));
    }

    private interface Edit {
        String apply(String content);
    }

    /** The same archive with one entry's content edited (null drops the entry), the rest byte for byte. */
    private static byte[] rewrite(byte[] archive, String name, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(archive));
                var zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    if (edit == null) {
                        continue;
                    }
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] addEntry(byte[] archive, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(archive));
                var zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
