package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.instruments.JarSignature;
import be.buurtwijzer.core.domain.instruments.PluginManifest;
import be.buurtwijzer.core.domain.instruments.ReleaseRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class PublishingRulesTest {

    private static byte[] jar(String id, String version, String index, String... classes) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        if (id != null) {
            manifest.getMainAttributes().putValue("Plugin-Id", id);
        }
        if (version != null) {
            manifest.getMainAttributes().putValue("Plugin-Version", version);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            if (index != null) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write(index.getBytes(StandardCharsets.UTF_8));
            }
            for (String c : classes) {
                out.putNextEntry(new JarEntry(c.replace('.', '/') + ".class"));
                out.write(new byte[] {1});
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void semanticVersionsCompareAsSemverSays() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0");
        for (int i = 1; i < ordered.size(); i++) {
            assertTrue(ReleaseRules.versionProblem(ordered.get(i), List.of(ordered.get(i - 1))) == null
                    && ReleaseRules.versionProblem(ordered.get(i - 1), List.of(ordered.get(i))) != null,
                    ordered.get(i - 1) + " < " + ordered.get(i));
        }
        assertNotNull(ReleaseRules.versionProblem("1.0.0+build.1", List.of("1.0.0")), "build metadata does not count");
    }

    @Test
    void aNewReleaseMustBeHigherThanEveryEarlierOne() {
        assertNull(ReleaseRules.versionProblem("1.1.0", List.of("1.0.0", "1.0.5")));
        assertTrue(ReleaseRules.versionProblem("1.0.5", List.of("1.0.0", "1.0.5")).contains("not higher"));
        assertTrue(ReleaseRules.versionProblem("1.0.0", List.of("1.0.1")).contains("1.0.1"));
    }

    @Test
    void manifestIsReadAndChecked() throws Exception {
        PluginManifest manifest = PluginManifest.read(jar("spider-web", "1.2.3", null));
        assertEquals("spider-web", manifest.id());
        assertEquals("1.2.3", manifest.version());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PluginManifest.read("nope".getBytes()))
                .getMessage().contains("not a readable jar"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PluginManifest.read(jar(null, "1.0.0", null)))
                .getMessage().contains("Plugin-Id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PluginManifest.read(jar("Spider_Web", "1.0.0", null)))
                .getMessage().contains("lower-case"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PluginManifest.read(jar("web", "v1", null)))
                .getMessage().contains("semantic version"));
    }

    @Test
    void theExtensionIndexMustNameAClassInTheJar() throws Exception {
        assertNull(ReleaseRules.extensionProblem(jar("a", "1.0.0", "x.Web\n", "x.Web")));
        assertTrue(ReleaseRules.extensionProblem(jar("a", "1.0.0", null, "x.Web")).contains("extensions.idx"));
        assertTrue(ReleaseRules.extensionProblem(jar("a", "1.0.0", "x.Other\n", "x.Web")).contains("x.Other"));
        assertTrue(ReleaseRules.extensionProblem(jar("a", "1.0.0", "# nothing\n")).contains("no extension"));
    }

    @Test
    void signaturesVerifyOnlyWithTheSigningKeyAndTheExactBytes() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] jar = jar("a", "1.0.0", null);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(jar);
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        String encoded = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + encoded + "\n-----END PUBLIC KEY-----\n";
        assertTrue(JarSignature.verifies(JarSignature.publicKey(pem), jar, signature));
        assertFalse(JarSignature.verifies(other.getPublic(), jar, signature));
        byte[] tampered = jar.clone();
        tampered[tampered.length - 1] ^= 1;
        assertFalse(JarSignature.verifies(key.getPublic(), tampered, signature));
        assertFalse(JarSignature.verifies(key.getPublic(), jar, "not base64 !"));
        assertThrows(IllegalArgumentException.class, () -> JarSignature.publicKey("bm90IGEga2V5"));
        assertEquals(64, JarSignature.fingerprint(key.getPublic()).length());
    }

    @Test
    void thePlatformsOwnReleaseFollowsItsRebuiltJarButAPublishedOneNeverChanges() {
        byte[] jar = new byte[] {1, 2, 3};
        be.buurtwijzer.core.domain.instruments.PluginRelease bundled = new be.buurtwijzer.core.domain.instruments
                .PluginRelease("logbook", "2.0.0", "Buurtwijzer", ">=1.6.0 & <2.0.0", "old", jar, null, null,
                "system:bundled-catalogue", java.time.Instant.EPOCH);
        assertTrue(ReleaseRules.bundledRebuilt(bundled, "Buurtwijzer", "new"));
        assertFalse(ReleaseRules.bundledRebuilt(bundled, "Buurtwijzer", "old"), "the same bytes: nothing to do");
        assertFalse(ReleaseRules.bundledRebuilt(null, "Buurtwijzer", "new"), "not stored yet: published as new");

        be.buurtwijzer.core.domain.instruments.PluginRelease published = new be.buurtwijzer.core.domain.instruments
                .PluginRelease("logbook", "2.0.0", "Buurtwijzer", ">=1.6.0", "old", jar, null, null, "p@example.org",
                java.time.Instant.EPOCH);
        published.signedBy("organisation-1", "fingerprint");
        assertFalse(ReleaseRules.bundledRebuilt(published, "Buurtwijzer", "new"),
                "a release signed by an organisation, even one named like the platform, never changes");

        bundled.rebuilt(">=2.0.0 & <3.0.0", "new", new byte[] {4, 5});
        assertEquals(">=2.0.0 & <3.0.0", bundled.getRequires());
        assertEquals("new", bundled.getSha256());
        assertEquals(2, bundled.getSizeBytes());
    }
}
