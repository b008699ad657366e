package be.buurtwijzer.core.application.access;

import java.util.OptionalLong;

/**
 * What the tenant gate found earlier in this request (in a REST request, the membership check before the body is
 * read; in a browser request, the first of the gates a page passes: menu, home page cards, lists), so that the
 * gates after it do not read the municipality and the membership again. The rights are those of the moment the
 * request came in; the next request reads them afresh. A change to a membership or to a municipality's status
 * made in the request forgets what was found. Scheduled work never finds anything here. Kept in {@link RequestMemo}.
 */
public class GateMemo {

    private TenantAccess entered;

    /** The register stamp read with the entry; null when not read or since forgotten. */
    private OptionalLong registerStamp;

    /** A membership read with the caller's account at log-in, before the gate asked for it; null when none. */
    private Prefetched prefetched;

    private record Prefetched(String slug, String userId, Memberships.TenantAndRole found) {
    }

    /** At log-in: the caller's membership of the municipality the request names, read with the account. */
    public void prefetch(String slug, String userId, Memberships.TenantAndRole found) {
        prefetched = new Prefetched(slug, userId, found);
    }

    /**
     * The membership read at log-in for this caller and municipality, once: the gate checks it as if it had read it
     * itself (status, role), and reads afresh after that or after anything is forgotten. Null when there is none.
     */
    Memberships.TenantAndRole prefetched(String slug, String userId) {
        Prefetched found = prefetched;
        prefetched = null;
        return found != null && found.slug().equals(slug) && found.userId().equals(userId) ? found.found() : null;
    }

    void remember(TenantAccess access, OptionalLong stampReadWithIt) {
        entered = access;
        registerStamp = stampReadWithIt;
    }

    void forget() {
        prefetched = null;
        entered = null;
        registerStamp = null;
    }

    /**
     * The municipality's register stamp as the entry read it, or null. A register list served for it shows at least
     * every change committed before the request came in; a change made in this request forgets it.
     */
    public OptionalLong registerStamp(String tenantId) {
        TenantAccess found = entered;
        OptionalLong stamp = registerStamp;
        return found != null && found.tenantId().equals(tenantId) ? stamp : null;
    }

    /** After a change to a register in this request: the lists after it read the stamp again. */
    public void forgetRegisterStamp() {
        registerStamp = null;
    }

    /** The entry of this caller into this municipality earlier in the request, or null. */
    TenantAccess find(String userId, String slug) {
        TenantAccess found = entered;
        return found != null && found.slug().equals(slug) && found.caller().userId() != null
                && found.caller().userId().equals(userId) ? found : null;
    }
}
