package be.buurtwijzer.core.domain.instruments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/** The PF4J entries of a plugin jar's manifest, read and checked without loading any class. */
public record PluginManifest(String id, String version, String requires, String provider, String description) {

    public static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$");

    /** @throws IllegalArgumentException with a sentence a publisher understands */
    public static PluginManifest read(byte[] jar) {
        if (jar == null || jar.length < 4 || jar[0] != 'P' || jar[1] != 'K' || jar[2] != 3 || jar[3] != 4) {
            throw new IllegalArgumentException("The file is not a readable jar (it is not a ZIP archive).");
        }
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not a readable jar: " + e.getMessage());
        }
        if (manifest == null) {
            throw new IllegalArgumentException("The jar has no META-INF/MANIFEST.MF.");
        }
        Attributes main = manifest.getMainAttributes();
        String id = required(main, "Plugin-Id");
        String version = required(main, "Plugin-Version");
        if (!ID.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException("Plugin-Id '" + id + "' must be lower-case letters and digits in "
                    + "words joined by single hyphens, at most 64 characters (e.g. ecosystem-web).");
        }
        if (!com.github.zafarkhaja.semver.Version.isValid(version) || version.length() > 64) {
            throw new IllegalArgumentException("Plugin-Version '" + version + "' is not a semantic version "
                    + "(MAJOR.MINOR.PATCH, e.g. 1.2.0).");
        }
        return new PluginManifest(id, version, main.getValue("Plugin-Requires"), main.getValue("Plugin-Provider"),
                main.getValue("Plugin-Description"));
    }

    private static String required(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The manifest has no " + name + " entry; every PF4J plugin needs one.");
        }
        return value.trim();
    }
}
