package be.buurtwijzer.core.domain.shared;

import java.util.UUID;

/** Identifiers are random UUIDs: they reveal nothing about other tenants' data or counts. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
