package be.buurtwijzer.deployment.liberty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchLibertyRuntimeTest {

    @TempDir
    Path wlp;

    @Test
    void everyConnectionManagerBundleIsMendedOnceAndTheRestOfItKept() throws IOException {
        Files.createDirectories(wlp.resolve("lib"));
        for (Path released : ReleasedBundles.all()) {
            Path copy = Files.copy(released, wlp.resolve("lib").resolve(released.getFileName()));
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r-----"));
        }

        List<String> first = PatchLibertyRuntime.patch(wlp);
        List<String> second = PatchLibertyRuntime.patch(wlp);

        assertEquals(ReleasedBundles.all().size(), first.size());
        assertTrue(first.stream().allMatch(line -> line.endsWith("race mended")), first::toString);
        assertTrue(second.stream().allMatch(line -> line.endsWith("already mended")), second::toString);
        for (Path released : ReleasedBundles.all()) {
            Path mended = wlp.resolve("lib").resolve(released.getFileName());
            assertTrue(FreePoolReleaseFix.isApplied(PatchLibertyRuntime.freePool(mended)));
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(mended)));
            Map<String, byte[]> before = entries(released);
            Map<String, byte[]> after = entries(mended);
            assertEquals(before.keySet(), after.keySet());
            before.remove(PatchLibertyRuntime.FREE_POOL_ENTRY);
            before.forEach((name, content) -> assertArrayEquals(content, after.get(name), name));
        }
        try (var left = Files.list(wlp.resolve("lib"))) {
            assertTrue(left.noneMatch(file -> file.toString().endsWith(".patching")));
        }
    }

    @Test
    void noInstallationIsAnError() {
        var error = assertThrows(IllegalStateException.class, () -> PatchLibertyRuntime.patch(wlp.resolve("none")));
        assertTrue(error.getMessage().contains("liberty:create"), error::getMessage);
    }

    @Test
    void anInstallationWithoutTheBundleIsAnError() throws IOException {
        Files.createDirectories(wlp.resolve("lib"));

        var error = assertThrows(IllegalStateException.class, () -> PatchLibertyRuntime.patch(wlp));
        assertTrue(error.getMessage().contains("com.ibm.ws.jca.cm"), error::getMessage);
    }

    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
