package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.instruments.JarInspection;
import be.buurtwijzer.core.domain.instruments.JarInspection.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What is read from an uploaded jar before PF4J sees it, at the edges of each limit. */
class JarInspectionTest {

    private static final String MANIFEST = "Manifest-Version: 1.0\nPlugin-Id: typology\n";

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> plugin(int extraEntries) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/extensions.idx", "be.x.TypologyInstrument\n".getBytes(StandardCharsets.UTF_8));
        entries.put("be/x/TypologyInstrument.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
        for (int i = 0; i < extraEntries; i++) {
            entries.put("r/" + i + ".txt", new byte[] {1});
        }
        return entries;
    }

    private static String refusal(byte[] jar, Limits limits) {
        return assertThrows(IllegalArgumentException.class, () -> JarInspection.inspect(jar, limits)).getMessage();
    }

    @Test
    void readsTheManifestTheExtensionIndexAndTheClasses() {
        JarInspection.Contents contents = JarInspection.inspect(zip(plugin(0)), Limits.DEFAULT);
        assertEquals("typology", contents.manifest().getMainAttributes().getValue("Plugin-Id"));
        assertEquals("be.x.TypologyInstrument\n", contents.extensionIndex());
        assertEquals(Set.of("be.x.TypologyInstrument"), contents.classes());
        Map<String, byte[]> noIndex = plugin(0);
        noIndex.remove("META-INF/extensions.idx");
        assertNull(JarInspection.inspect(zip(noIndex), Limits.DEFAULT).extensionIndex());
    }

    @Test
    void theNumberOfEntriesIsLimitedExactly() {
        Limits ten = new Limits(10, Limits.DEFAULT.maxInflated(), Limits.DEFAULT.maxRatio());
        JarInspection.inspect(zip(plugin(7)), ten);
        assertEquals("The jar has more than 10 entries.", refusal(zip(plugin(8)), ten));
    }

    @Test
    void whatItInflatesToIsLimitedExactly() {
        byte[] manifest = MANIFEST.getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", manifest);
        entries.put("data.bin", new byte[1000]);
        long total = manifest.length + 1000;
        JarInspection.inspect(zip(entries), new Limits(100, total, 1000));
        String bomb = refusal(zip(entries), new Limits(100, total - 1, 1000));
        assertTrue(bomb.startsWith("The jar inflates to more than " + (total - 1) + " bytes"), bomb);
        // the ratio counts from at least 64 KiB, so small jars are judged by the absolute budget
        entries.put("data.bin", new byte[64 * 1024 * 2 - manifest.length]);
        JarInspection.inspect(zip(entries), new Limits(100, Long.MAX_VALUE, 2));
        entries.put("data.bin", new byte[64 * 1024 * 2 - manifest.length + 1]);
        assertTrue(refusal(zip(entries), new Limits(100, Long.MAX_VALUE, 2)).contains("zip bomb"));
    }

    @Test
    void theManifestIsAtMost64KiB() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder(MANIFEST);
        for (int line = 0; manifest.length() < 64 * 1024 - 200; line++) {
            manifest.append("X-Padding-").append(line).append(": ").append("p".repeat(60)).append('\n');
        }
        String last = "X-Last: ";
        String filler = "z".repeat(64 * 1024 - manifest.length() - last.length() - 1);
        manifest.append(last).append(filler).append('\n');
        assertEquals(64 * 1024, manifest.length());
        entries.put("META-INF/MANIFEST.MF", manifest.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals("typology", JarInspection.inspect(zip(entries), Limits.DEFAULT).manifest().getMainAttributes()
                .getValue("Plugin-Id"), "exactly 64 KiB is read");
        entries.put("META-INF/MANIFEST.MF", (manifest + "Y").getBytes(StandardCharsets.US_ASCII));
        assertEquals("META-INF/MANIFEST.MF is larger than 65536 bytes.", refusal(zip(entries), Limits.DEFAULT));
    }

    @Test
    void unsafeNamesMissingManifestsAndWhatIsNoZipAreRefusedInASentence() {
        for (String name : new String[] {"/etc/passwd", "../x.class", "a\\b.class", "a\0b"}) {
            Map<String, byte[]> entries = plugin(0);
            entries.put(name, new byte[] {1});
            assertTrue(refusal(zip(entries), Limits.DEFAULT).startsWith("The jar has an entry with an unsafe name: "));
        }
        Map<String, byte[]> entries = plugin(0);
        entries.put("é\u0007.txt", new byte[] {1});
        entries.put("a/../b", new byte[] {1});
        assertEquals("The jar has an entry with an unsafe name: a/../b", refusal(zip(entries), Limits.DEFAULT));
        Map<String, byte[]> noManifest = plugin(0);
        noManifest.remove("META-INF/MANIFEST.MF");
        assertEquals("The jar has no META-INF/MANIFEST.MF.", refusal(zip(noManifest), Limits.DEFAULT));
        for (byte[] notAZip : new byte[][] {null, {}, {'P', 'K', 3}, {'P', 'K', 5, 6}, "%PDF-1.7".getBytes()}) {
            assertEquals("The file is not a readable jar (it is not a ZIP archive).", refusal(notAZip, Limits.DEFAULT));
        }
        byte[] truncated = zip(plugin(3));
        byte[] broken = java.util.Arrays.copyOf(truncated, 60);
        assertTrue(refusal(broken, Limits.DEFAULT).startsWith("The file is not a readable jar"));
    }
}
