package be.buurtwijzer.core.domain.archive;

/**
 * The municipality archive (a zip): the names of its entries and the version of its layout. Every
 * entry but the manifest is listed in the manifest with its SHA-256, size and row count; the
 * manifest is written last, so the archive can be produced as a stream. See the README section
 * "Municipality archive format".
 */
public final class ArchiveFormat {
    /** The layout version this platform writes and the newest it reads. */
    public static final int VERSION = 1;

    public static final String MANIFEST = "manifest.json";
    public static final String TENANT = "tenant.json";
    public static final String MEMBERS = "members.jsonl";
    public static final String INVITATIONS = "invitations.jsonl";
    public static final String NEIGHBOURHOODS = "register/neighbourhoods.jsonl";
    public static final String ACTORS = "register/actors.jsonl";
    public static final String INITIATIVES = "register/initiatives.jsonl";
    public static final String AUDIT = "audit.jsonl";
    public static final String SUBSCRIPTIONS = "subscriptions.jsonl";
    public static final String CONSENTS = "consents.jsonl";
    public static final String RETENTION = "retention.jsonl";
    public static final String RECORDS_PREFIX = "records/";
    /** The instruments' files (photos, recordings), their content in Base64; absent from archives made before. */
    public static final String FILES = "files.jsonl";
    /** The municipality's logo and colour (at most one row); absent from archives made before. */
    public static final String IDENTITY = "identity.jsonl";

    private ArchiveFormat() {
    }

    /** The entry holding one plugin's records. */
    public static String records(String pluginId) {
        return RECORDS_PREFIX + pluginId + ".jsonl";
    }

    /**
     * Compares two dotted versions ("1.3.0", "1.10") numerically, part by part; a missing part counts
     * as 0 and anything after a '-' (a qualifier) is ignored.
     */
    public static int compareVersions(String a, String b) {
        String[] left = strip(a).split("\\.");
        String[] right = strip(b).split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Long.compare(part(left, i), part(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static String strip(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? version : version.substring(0, dash);
    }

    private static long part(String[] parts, int index) {
        if (index >= parts.length || parts[index].isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(parts[index]);
        } catch (NumberFormatException e) {
            throw new ArchiveException("manifest", "The archive's version '" + String.join(".", parts)
                    + "' is not a version number.");
        }
    }
}
