package be.buurtwijzer.core.application.access;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the tenant gate found earlier in this request (in a REST request, the membership check before the body is
 * read; in a browser request, the first of the gates a page passes: menu, home page cards, lists), so that the
 * gates after it do not read the municipality and the membership again. The rights are those of the moment the
 * request came in; the next request reads them afresh. A change to a membership or to a municipality's status
 * made in the request forgets what was found. Scheduled work never finds anything here.
 */
@RequestScoped
public class GateMemo {

    private TenantAccess entered;

    void remember(TenantAccess access) {
        entered = access;
    }

    void forget() {
        entered = null;
    }

    /** The entry of this caller into this municipality earlier in the request, or null. */
    TenantAccess find(String userId, String slug) {
        TenantAccess found = entered;
        return found != null && found.slug().equals(slug) && found.caller().userId() != null
                && found.caller().userId().equals(userId) ? found : null;
    }
}
