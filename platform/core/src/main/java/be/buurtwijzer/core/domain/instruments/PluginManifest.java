package be.buurtwijzer.core.domain.instruments;

import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * The PF4J entries of a plugin jar's manifest, read and checked without loading any class, with the
 * range of the UI contract the plugin needs ({@code Plugin-Requires-UI}, null when it has no pages).
 */
public record PluginManifest(String id, String version, String requires, String provider, String description,
        String requiresUi) {

    public static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$");

    /** Reads a jar with the default limits of {@link JarInspection}. */
    public static PluginManifest read(byte[] jar) {
        return of(JarInspection.inspect(jar, JarInspection.Limits.DEFAULT).manifest());
    }

    /** @throws IllegalArgumentException with a sentence a publisher understands */
    public static PluginManifest of(Manifest manifest) {
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
                main.getValue("Plugin-Description"), main.getValue("Plugin-Requires-UI"));
    }

    private static String required(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The manifest has no " + name + " entry; every PF4J plugin needs one.");
        }
        return value.trim();
    }
}
