package be.buurtwijzer.core.domain.shared;

import java.util.UUID;

/** Identifiers are random UUIDs: they reveal nothing about other tenants' data or counts. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Whether the text is an id as the platform writes them: a UUID in its 36-character form (either case).
     * {@link UUID#fromString} alone also takes shortened groups such as "1-1-1-1-1".
     */
    public static boolean isId(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
