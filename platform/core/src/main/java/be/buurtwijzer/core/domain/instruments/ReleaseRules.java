package be.buurtwijzer.core.domain.instruments;

import com.github.zafarkhaja.semver.Version;
import java.util.Collection;

/** The checks an uploaded plugin jar must pass before a platform administrator sees it. */
public final class ReleaseRules {

    private ReleaseRules() {
    }

    /** The version must be higher (semver precedence, build metadata ignored) than every earlier release of the same plugin; null if it is. */
    public static String versionProblem(String version, Collection<String> earlier) {
        Version candidate = Version.parse(version);
        for (String other : earlier) {
            if (candidate.compareToIgnoreBuildMetadata(Version.parse(other)) <= 0) {
                return "Version " + version + " is not higher than the earlier release " + other
                        + " of this plugin; raise Plugin-Version.";
            }
        }
        return null;
    }

    /**
     * Whether the platform's own catalogue replaces the stored jar of a release with the jar it was built
     * with now: only its own releases (no publishing organisation) of the same version, and only when the
     * bytes differ. A release that a support organisation published never changes.
     */
    public static boolean bundledRebuilt(PluginRelease stored, String bundledOrganisation, String sha256) {
        return stored != null && stored.getOrganisationId() == null
                && bundledOrganisation.equals(stored.getOrganisation()) && !sha256.equals(stored.getSha256());
    }

    /**
     * The jar must declare its extension in META-INF/extensions.idx (written by PF4J's annotation
     * processor) and contain that class. Checked without loading or running anything.
     */
    public static String extensionProblem(byte[] jar) {
        return extensionProblem(JarInspection.inspect(jar, JarInspection.Limits.DEFAULT));
    }

    public static String extensionProblem(JarInspection.Contents contents) {
        String index = contents.extensionIndex();
        if (index == null) {
            return "The jar has no META-INF/extensions.idx: annotate the Instrument with @Extension and build with "
                    + "annotation processing on (<proc>full</proc> on JDK 23+).";
        }
        for (String line : index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (!contents.classes().contains(line)) {
                return "META-INF/extensions.idx names " + line + ", which is not in the jar.";
            }
            return null;
        }
        return "META-INF/extensions.idx lists no extension.";
    }
}
