package be.buurtwijzer.core.domain.instruments;

import java.util.regex.Matcher;

/** A semantic version and its order (semver.org §11, build metadata ignored). */
public record SemanticVersion(int major, int minor, int patch, String preRelease) implements Comparable<SemanticVersion> {

    public static SemanticVersion parse(String text) {
        Matcher m = PluginManifest.SEMVER.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a semantic version");
        }
        String rest = text.trim().replaceFirst("^\\d+\\.\\d+\\.\\d+", "").replaceFirst("\\+.*$", "");
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), rest.startsWith("-") ? rest.substring(1) : null);
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, other.patch);
        }
        if (c != 0) {
            return c;
        }
        if (preRelease == null || other.preRelease == null) {
            return preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
        }
        String[] a = preRelease.split("\\.");
        String[] b = other.preRelease.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean an = a[i].matches("\\d+");
            boolean bn = b[i].matches("\\d+");
            int d = an && bn ? Long.compare(Long.parseLong(a[i]), Long.parseLong(b[i]))
                    : an ? -1 : bn ? 1 : a[i].compareTo(b[i]);
            if (d != 0) {
                return d;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
