package be.buurtwijzer.deployment.liberty;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime the integration tests, the run script and the benchmarks start is the mended one (the build's step). */
class LibertyRuntimeMendedIT {

    @Test
    void everyConnectionManagerBundleOfTheInstalledRuntimeIsMended() throws IOException {
        List<Path> bundles = PatchLibertyRuntime.connectionManagerBundles(Path.of("target/liberty/wlp"));

        assertFalse(bundles.isEmpty());
        for (Path bundle : bundles) {
            assertTrue(FreePoolReleaseFix.isApplied(PatchLibertyRuntime.freePool(bundle)), bundle::toString);
        }
    }
}
