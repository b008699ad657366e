package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The first question of every request into a municipality, asked before its body is even read:
 * is the caller a member? A non-member learns nothing, not even whether the body was well-formed.
 */
@ApplicationScoped
public class MembershipCheck {

    @Inject
    TenantGate tenantGate;

    /**
     * The gate remembers what it found for the rest of the request ({@link GateMemo}). No transaction: one read,
     * and the service that follows opens its own.
     */
    public void requireMember(Caller caller, String slug) {
        tenantGate.admit(caller, slug, TenantPermission.READ);
    }
}
