package be.buurtwijzer.core.application.shared;

import be.buurtwijzer.core.domain.identity.PlatformRole;

/**
 * The authenticated person on whose behalf a service runs. Built by the edge (REST, UI) from the
 * container's security context, or by the platform itself for start-up work ({@link #system}).
 * <p>
 * A caller is a snapshot taken at log-in: the services check it again against the account at the
 * moment of every action ({@code CallerCheck}), so a session whose password was changed since
 * ({@code credentialsVersion}) or whose platform role was withdrawn keeps nothing.
 */
public record Caller(String userId, String email, String displayName, PlatformRole platformRole, boolean system,
        long credentialsVersion, boolean mustChangePassword) {

    public static Caller system(String purpose) {
        return new Caller(null, "system:" + purpose, "Buurtwijzer (" + purpose + ")", PlatformRole.PLATFORM_ADMIN, true,
                0, false);
    }

    public boolean isPlatformAdmin() {
        return platformRole == PlatformRole.PLATFORM_ADMIN;
    }
}
