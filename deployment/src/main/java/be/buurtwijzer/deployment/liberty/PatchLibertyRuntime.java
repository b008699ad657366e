package be.buurtwijzer.deployment.liberty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Applies {@link FreePoolReleaseFix} to an Open Liberty installation: every connection-manager bundle in
 * {@code <wlp>/lib} whose {@code FreePool} still has the race is rewritten (a new jar, then moved over the old one, so a
 * server running from it keeps its open file). Run by the build after the runtime is installed, and by the container
 * image on the image's runtime: {@code java -cp ... be.buurtwijzer.deployment.liberty.PatchLibertyRuntime <wlp>}.
 */
public final class PatchLibertyRuntime {

    static final String FREE_POOL_ENTRY = FreePoolReleaseFix.FREE_POOL + ".class";

    private PatchLibertyRuntime() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PatchLibertyRuntime <Liberty installation, the wlp directory>");
        }
        for (String line : patch(Path.of(args[0]))) {
            System.out.println(line);
        }
    }

    /** Patches the installation's bundles and says what it did with each. */
    public static List<String> patch(Path wlp) throws IOException {
        List<Path> bundles = connectionManagerBundles(wlp);
        if (bundles.isEmpty()) {
            throw new IllegalStateException("no connection manager bundle (com.ibm.ws.jca.cm*.jar) in " + wlp.resolve("lib"));
        }
        List<String> done = new ArrayList<>();
        for (Path bundle : bundles) {
            done.add(bundle.getFileName() + (patchBundle(bundle) ? ": pool release race mended" : ": already mended"));
        }
        return done;
    }

    static List<Path> connectionManagerBundles(Path wlp) throws IOException {
        if (!Files.isDirectory(wlp.resolve("lib"))) {
            throw new IllegalStateException("no Liberty installation at " + wlp + " (liberty:create installs it)");
        }
        List<Path> bundles = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(wlp.resolve("lib"), "com.ibm.ws.jca.cm*.jar")) {
            jars.forEach(bundles::add);
        }
        bundles.removeIf(bundle -> !contains(bundle, FREE_POOL_ENTRY));
        bundles.sort(null);
        return bundles;
    }

    /** The bundle's FreePool class, as it is now. */
    public static byte[] freePool(Path bundle) throws IOException {
        try (ZipFile jar = new ZipFile(bundle.toFile())) {
            try (InputStream in = jar.getInputStream(jar.getEntry(FREE_POOL_ENTRY))) {
                return in.readAllBytes();
            }
        }
    }

    private static boolean patchBundle(Path bundle) throws IOException {
        byte[] original = freePool(bundle);
        if (FreePoolReleaseFix.isApplied(original)) {
            return false;
        }
        byte[] mended = FreePoolReleaseFix.apply(original);
        Path next = bundle.resolveSibling(bundle.getFileName() + ".patching");
        try (ZipFile jar = new ZipFile(bundle.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(next))) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                if (entry.getName().equals(FREE_POOL_ENTRY)) {
                    out.write(mended);
                } else {
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(next);
            throw e;
        }
        keepOwnerAndPermissions(bundle, next);
        Files.move(next, bundle, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** A container image's runtime belongs to the server's user; the mended jar stays as the original was. */
    private static void keepOwnerAndPermissions(Path original, Path next) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(next, PosixFileAttributeView.class);
        if (from == null || to == null) {
            return;
        }
        PosixFileAttributes attributes = from.readAttributes();
        to.setPermissions(attributes.permissions());
        if (!attributes.owner().equals(to.readAttributes().owner())) {
            to.setOwner(attributes.owner());
        }
        if (!attributes.group().equals(to.readAttributes().group())) {
            to.setGroup(attributes.group());
        }
    }

    private static boolean contains(Path jar, String entry) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
