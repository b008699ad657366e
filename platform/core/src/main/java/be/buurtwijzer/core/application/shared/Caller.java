package be.buurtwijzer.core.application.shared;

import be.buurtwijzer.core.domain.identity.PlatformRole;

/**
 * The authenticated person on whose behalf a service runs. Built by the edge (REST, UI) from the
 * container's security context, or by the platform itself for start-up work ({@link #system}).
 */
public record Caller(String userId, String email, String displayName, PlatformRole platformRole, boolean system) {

    public static Caller system(String purpose) {
        return new Caller(null, "system:" + purpose, "Buurtwijzer (" + purpose + ")", PlatformRole.PLATFORM_ADMIN, true);
    }

    public boolean isPlatformAdmin() {
        return platformRole == PlatformRole.PLATFORM_ADMIN;
    }
}
