package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.shared.TenantClosedException;
import be.buurtwijzer.core.application.shared.TenantSuspendedException;
import be.buurtwijzer.core.domain.shared.TenantContext;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The one way into a municipality's data. Checks that the caller is a member with a role that
 * allows what is asked, that the municipality is active, and only then sets the tenant on the
 * persistence context of the current transaction. A non-member is told the municipality does not
 * exist, so that slugs of other municipalities cannot be probed.
 */
@ApplicationScoped
public class TenantGate {

    @Inject
    Memberships memberships;

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    CallerCheck callers;

    @Inject
    RequestMemo memo;

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ApplicationException.class)
    public TenantAccess enter(Caller caller, String slug, TenantPermission needed) {
        TenantAccess access = admit(caller, slug, needed);
        em.setProperty(TenantContext.PROPERTY, access.tenantId());
        return access;
    }

    /**
     * The same checks as {@link #enter}, without binding a persistence context: for the question "may this caller
     * do this here" asked outside the work itself, such as the membership check before a request's body is read.
     * Reads only, so it needs no transaction of its own; what it finds is remembered for the request.
     */
    public TenantAccess admit(Caller caller, String slug, TenantPermission needed) {
        caller = callers.current(caller);
        TenantAccess earlier = caller.system() ? null : earlierInThisRequest(caller, slug);
        if (earlier != null) {
            require(earlier.role(), needed, earlier.tenantName());
            return new TenantAccess(earlier.tenantId(), earlier.slug(), earlier.tenantName(), earlier.role(), caller,
                    earlier.defaultLocale());
        }
        Memberships.TenantAndRole found;
        if (caller.system()) {
            found = Memberships.TenantAndRole.of(findTenant(slug), TenantRole.TENANT_ADMIN, null);
        } else {
            found = readAtLogIn(caller, slug);
            if (found == null) {
                found = memberships.ofMember(slug, caller.userId()).orElseThrow(() -> notFoundOrNoAccess(slug));
            }
        }
        if (found.status().closedToAll()) {
            throw new TenantClosedException(found.tenantName());
        }
        if (!found.status().letsMembersIn() && !caller.system()) {
            throw new TenantSuspendedException(found.tenantName());
        }
        require(found.role(), needed, found.tenantName());
        TenantAccess access = new TenantAccess(found.tenantId(), found.slug(), found.tenantName(), found.role(),
                caller, found.defaultLocale());
        if (!caller.system()) {
            OptionalLong stampReadWithIt = found.registerStamp();
            InRequest.run(() -> memo.gate().remember(access, stampReadWithIt));
        }
        return access;
    }

    /** After a change to a membership or a municipality's status: the gates after it in this request read again. */
    public void forgetEarlierEntries() {
        InRequest.run(() -> memo.gate().forget());
    }

    /**
     * A platform administrator's way in, for the few things the platform does inside a
     * municipality (appointing its administrators). Works on suspended municipalities too.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ApplicationException.class)
    public TenantAccess enterAsPlatform(Caller caller, String slug) {
        caller = platform.administrator(caller);
        Tenant tenant = findTenant(slug);
        em.setProperty(TenantContext.PROPERTY, tenant.getId());
        return new TenantAccess(tenant.getId(), tenant.getSlug(), tenant.getName(), TenantRole.TENANT_ADMIN, caller,
                tenant.getDefaultLocale());
    }

    /**
     * Binds the persistence context of the current transaction to a municipality the caller already
     * entered (for work that runs in its own transaction, such as a plugin's record store calls).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ApplicationException.class)
    public void bind(TenantAccess access) {
        em.setProperty(TenantContext.PROPERTY, access.tenantId());
    }

    public Tenant findTenant(String slug) {
        return tenantWithSlug(slug).orElseThrow(() -> new NotFoundException("municipality", slug));
    }

    /** For a non-member: the same 404, coded "no-access" when the municipality exists. */
    private NotFoundException notFoundOrNoAccess(String slug) {
        NotFoundException notFound = new NotFoundException("municipality", slug);
        return tenantWithSlug(slug).isPresent() ? notFound.withCode("no-access") : notFound;
    }

    /** The municipality with this slug, if there is one; no check of who asks (the callers check). */
    public java.util.Optional<Tenant> tenantWithSlug(String slug) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private static void require(TenantRole role, TenantPermission needed, String tenantName) {
        if (!role.allows(needed)) {
            throw new ForbiddenException("Your role in '" + tenantName + "' ("
                    + role.name().toLowerCase(Locale.ROOT) + ") does not allow this (" + describe(needed) + ").")
                    .withCode("role");
        }
    }

    /** The membership this request's log-in read with the account (see {@link GateMemo#prefetched}), or null. */
    private Memberships.TenantAndRole readAtLogIn(Caller caller, String slug) {
        return InRequest.orNull(() -> memo.gate().prefetched(slug, caller.userId()));
    }

    /** The membership check's entry at the start of this REST request, if there was one (see {@link GateMemo}). */
    private TenantAccess earlierInThisRequest(Caller caller, String slug) {
        return InRequest.orNull(() -> memo.gate().find(caller.userId(), slug));
    }

    private static String describe(TenantPermission permission) {
        return switch (permission) {
            case READ -> "reading";
            case WRITE -> "changing data requires the coordinator or administrator role";
            case MANAGE_MEMBERS -> "managing members requires the administrator role";
            case READ_AUDIT -> "reading the audit trail requires the administrator role";
            case MANAGE_SETTINGS -> "changing settings requires the administrator role";
            case MANAGE_INSTRUMENTS -> "managing instruments requires the administrator role";
            case MANAGE_PERSONAL_DATA -> "answering requests about personal data requires the administrator role";
        };
    }
}
