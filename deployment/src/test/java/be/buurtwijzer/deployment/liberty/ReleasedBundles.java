package be.buurtwijzer.deployment.liberty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The connection manager bundles as Liberty releases them, unpacked by the build into target/liberty-released. */
final class ReleasedBundles {

    static final Path WLP = Path.of("target/liberty-released/wlp").toAbsolutePath();

    private ReleasedBundles() {
    }

    static List<Path> all() throws IOException {
        return PatchLibertyRuntime.connectionManagerBundles(WLP);
    }

    /** The one the server loads: its Jakarta EE features use the jakarta bundle. */
    static byte[] jakartaFreePool() throws IOException {
        return PatchLibertyRuntime.freePool(all().stream()
                .filter(bundle -> bundle.getFileName().toString().startsWith("com.ibm.ws.jca.cm.jakarta_"))
                .findFirst()
                .orElseThrow());
    }
}
