package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that decides platform-level access, as {@code TenantGate} does for a municipality:
 * whether the caller, as the account stands at this moment, is a platform administrator.
 */
@ApplicationScoped
public class PlatformGate {

    @Inject
    CallerCheck callers;

    /** The caller as the account stands now, if a platform administrator; refused otherwise. */
    public Caller administrator(Caller caller) {
        Caller now = callers.current(caller);
        if (!now.isPlatformAdmin()) {
            throw new ForbiddenException("Only a platform administrator may do this.").withCode("platform-admin-only");
        }
        return now;
    }

    /** Whether the caller, as the account stands now, is a platform administrator. */
    public boolean isAdministrator(Caller caller) {
        return callers.current(caller).isPlatformAdmin();
    }
}
