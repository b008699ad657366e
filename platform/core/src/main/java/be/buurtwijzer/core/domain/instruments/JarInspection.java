package be.buurtwijzer.core.domain.instruments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded jar once, with limits, after its signature was checked on the raw bytes: at
 * most {@code maxEntries} entries, {@code maxInflated} bytes inflated in all and
 * {@code maxRatio} times the jar's own size, no entry names that leave the archive. A "zip bomb"
 * (a few kilobytes that inflate to gigabytes) stops at the limit, having used that much and no more.
 */
public final class JarInspection {

    public record Limits(int maxEntries, long maxInflated, int maxRatio) {
        public static final Limits DEFAULT = new Limits(20_000, 256L * 1024 * 1024, 100);
    }

    /** What the checks need from the jar: its manifest, its extension index and the classes it holds. */
    public record Contents(Manifest manifest, String extensionIndex, Set<String> classes) {
    }

    private static final int SMALL_FILE = 64 * 1024;

    private JarInspection() {
    }

    /** @throws IllegalArgumentException with a sentence a publisher understands */
    public static Contents inspect(byte[] jar, Limits limits) {
        if (jar == null || jar.length < 4 || jar[0] != 'P' || jar[1] != 'K' || jar[2] != 3 || jar[3] != 4) {
            throw new IllegalArgumentException("The file is not a readable jar (it is not a ZIP archive).");
        }
        long budget = Math.min(limits.maxInflated(), (long) limits.maxRatio() * Math.max(jar.length, SMALL_FILE));
        Manifest manifest = null;
        String index = null;
        Set<String> classes = new HashSet<>();
        int entries = 0;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new IllegalArgumentException("The jar has more than " + limits.maxEntries() + " entries.");
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("..") || name.contains("\\") || name.contains("\0")) {
                    throw new IllegalArgumentException("The jar has an entry with an unsafe name: " + printable(name));
                }
                boolean keep = name.equals("META-INF/MANIFEST.MF") || name.equals("META-INF/extensions.idx");
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    inflated += n;
                    if (inflated > budget) {
                        throw new IllegalArgumentException("The jar inflates to more than " + budget + " bytes (from "
                                + jar.length + "); it looks like a zip bomb and was not read further.");
                    }
                    if (kept != null) {
                        if (kept.size() + n > SMALL_FILE) {
                            throw new IllegalArgumentException(name + " is larger than " + SMALL_FILE + " bytes.");
                        }
                        kept.write(buffer, 0, n);
                    }
                }
                if (name.equals("META-INF/MANIFEST.MF")) {
                    manifest = new Manifest(new ByteArrayInputStream(kept.toByteArray()));
                } else if (name.equals("META-INF/extensions.idx")) {
                    index = kept.toString(java.nio.charset.StandardCharsets.UTF_8);
                } else if (name.endsWith(".class")) {
                    classes.add(name.replace('/', '.').substring(0, name.length() - ".class".length()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof IllegalArgumentException refusal && refusal.getMessage() != null
                    && !refusal.getMessage().startsWith("invalid")) {
                throw refusal;
            }
            throw new IllegalArgumentException("The file is not a readable jar: " + e.getMessage());
        }
        if (manifest == null) {
            throw new IllegalArgumentException("The jar has no META-INF/MANIFEST.MF.");
        }
        return new Contents(manifest, index, classes);
    }

    private static String printable(String name) {
        return name.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
