package be.buurtwijzer.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plugin jars built by the reactor, re-labelled and signed the way a support organisation would. */
final class Jars {

    private Jars() {
    }

    static byte[] upload(String name) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("it.upload.plugins"), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bundled(String prefix) {
        try (var files = Files.list(Path.of(System.getProperty("it.upload.plugins")).resolveSibling("it-plugins"))) {
            return Files.readAllBytes(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same plugin under another Plugin-Id and Plugin-Version. */
    static byte[] relabel(byte[] jar, String id, String version) {
        return withManifest(jar, "Plugin-Id", id, "Plugin-Version", version);
    }

    /** The same plugin with these manifest entries (name, value, name, value …) set. */
    static byte[] withManifest(byte[] jar, String... entries) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            for (int i = 0; i < entries.length; i += 2) {
                manifest.getMainAttributes().putValue(entries[i], entries[i + 1]);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicKey(KeyPair key) {
        return Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }

    static String sign(byte[] jar, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(jar);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plugin-shaped jar with one entry of {@code inflated} zero bytes: a few hundred kilobytes on the wire. */
    static byte[] bomb(String pluginId, long inflated) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
        manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes, manifest)) {
            jar.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            jar.putNextEntry(new java.util.zip.ZipEntry("META-INF/extensions.idx"));
            jar.write("x.Bomb\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.putNextEntry(new java.util.zip.ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflated; written += zeros.length) {
                jar.write(zeros);
            }
            jar.putNextEntry(new java.util.zip.ZipEntry("x/Bomb.class"));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
        }
        return bytes.toByteArray();
    }
}
