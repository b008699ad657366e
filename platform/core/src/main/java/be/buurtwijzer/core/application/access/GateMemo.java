package be.buurtwijzer.core.application.access;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the membership check at the start of a REST request found (before the body is read), so that the
 * service's own gate in the same request does not read the municipality and the membership a second time.
 * Only that check fills it, and a REST request is one service call after it: the rights are those of the
 * moment the request came in. Browser requests and scheduled work never find anything here.
 */
@RequestScoped
public class GateMemo {

    private TenantAccess entered;

    void remember(TenantAccess access) {
        entered = access;
    }

    /** The entry of this caller into this municipality earlier in the request, or null. */
    TenantAccess find(String userId, String slug) {
        TenantAccess found = entered;
        return found != null && found.slug().equals(slug) && found.caller().userId() != null
                && found.caller().userId().equals(userId) ? found : null;
    }
}
