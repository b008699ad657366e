package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.tenancy.Slug;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The platform administrator's work: municipalities and their administrators. */
@ApplicationScoped
@Transactional
public class TenantAdministration {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    MembershipService memberships;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.access.Memberships members;

    @Inject
    be.buurtwijzer.core.application.access.Accounts accounts;


    public List<TenantDetails> list(Caller caller) {
        platform.administrator(caller);
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.name", Tenant.class).getResultList().stream()
                .map(TenantDetails::of).toList();
    }

    public TenantDetails get(Caller caller, String slug) {
        platform.administrator(caller);
        return TenantDetails.of(tenantGate.findTenant(slug));
    }

    /** The municipality with this slug, if there is one (without listing them all). */
    public java.util.Optional<TenantDetails> find(Caller caller, String slug) {
        platform.administrator(caller);
        return tenantGate.tenantWithSlug(slug).map(TenantDetails::of);
    }

    public TenantDetails create(Caller caller, TenantInput input) {
        platform.administrator(caller);
        input = validator.check(input);
        if (Slug.isReserved(input.slug())) {
            throw new be.buurtwijzer.core.application.shared.InvalidInputException(java.util.List.of(
                    new be.buurtwijzer.core.application.shared.FieldViolation("slug", Slug.RESERVED_MESSAGE,
                            Slug.RESERVED_CODE, null)));
        }
        boolean taken = !em.createQuery("SELECT t.id FROM Tenant t WHERE t.slug = :slug", String.class)
                .setParameter("slug", input.slug()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("A municipality with slug '" + input.slug() + "' already exists.", "slug")
                    .withCode("slug-taken", input.slug());
        }
        Tenant tenant = new Tenant(input.slug(), input.name().trim(), input.defaultLocale(), clock.instant());
        em.persist(tenant);
        Conflicts.flush(em, "municipality");
        audit.platform(caller, AuditAction.CREATE, "tenant", tenant.getId(), tenant.getId(),
                Changes.created(tenant.auditState()));
        return TenantDetails.of(tenant);
    }

    public TenantDetails update(Caller caller, String slug, TenantUpdate input) {
        platform.administrator(caller);
        input = validator.check(input);
        Tenant tenant = tenantGate.findTenant(slug);
        if (tenant.getVersion() != input.version()) {
            throw ConflictException.staleVersion("municipality", tenant.getVersion());
        }
        if (input.status() != null && input.status() != tenant.getStatus()
                && (tenant.isClosed() || input.status() == be.buurtwijzer.core.domain.tenancy.TenantStatus.CLOSED)) {
            throw new ConflictException("A municipality is closed by scheduling its deletion and opened again by "
                    + "restoring it (POST or DELETE /admin/tenants/{slug}/deletion).", "status").withCode("use-deletion");
        }
        Map<String, Object> before = tenant.auditState();
        tenant.setName(input.name().trim());
        tenant.setDefaultLocale(input.defaultLocale());
        if (input.status() != null) {
            tenant.setStatus(input.status());
            tenantGate.forgetEarlierEntries();
        }
        var changes = Changes.between(before, tenant.auditState());
        if (!changes.isEmpty()) {
            Conflicts.flush(em, "municipality");
            audit.platform(caller, AuditAction.UPDATE, "tenant", tenant.getId(), tenant.getId(), changes);
        }
        return TenantDetails.of(tenant);
    }

    public List<MemberDetails> administrators(Caller caller, String slug) {
        TenantAccess access = tenantGate.enterAsPlatform(caller, slug);
        return members.withAccounts(access.tenantId()).stream()
                .filter(m -> m.membership().getRole() == TenantRole.TENANT_ADMIN)
                .map(m -> MemberDetails.of(m.membership(), m.account(), null)).toList();
    }

    /** Appoints an administrator: a new account, or an existing person (promoted if already a member). */
    public MemberDetails addAdministrator(Caller caller, String slug, AdministratorInput input) {
        TenantAccess access = tenantGate.enterAsPlatform(caller, slug);
        input = validator.check(input);
        return appoint(access, input.email(), input.displayName(), null);
    }

    /** Withdraws an administrator's membership; the municipality always keeps at least one. */
    public void removeAdministrator(Caller caller, String slug, String userId) {
        TenantAccess access = tenantGate.enterAsPlatform(caller, slug);
        Membership membership = memberships.membership(access.tenantId(), userId);
        if (membership == null || membership.getRole() != TenantRole.TENANT_ADMIN) {
            throw new NotFoundException("administrator", userId);
        }
        memberships.removeMember(access, userId);
    }

    /** Also used by tenant-config, with a password taken from the environment or null. */
    public MemberDetails appoint(TenantAccess access, String email, String displayName, String password) {
        var existingUser = accounts.byEmail(email);
        if (existingUser.isPresent()) {
            Membership membership = memberships.membership(access.tenantId(), existingUser.get().getId());
            if (membership != null) {
                if (membership.getRole() != TenantRole.TENANT_ADMIN) {
                    var before = Map.<String, Object>of("role", membership.getRole());
                    membership.setRole(TenantRole.TENANT_ADMIN);
                    Conflicts.flush(em, "membership");
                    tenantGate.forgetEarlierEntries();
                    audit.tenant(access, AuditAction.UPDATE, "member", existingUser.get().getId(),
                            Changes.between(before, Map.of("role", TenantRole.TENANT_ADMIN)));
                }
                return MemberDetails.of(membership, existingUser.get(), null);
            }
        }
        return memberships.addMember(access, email, displayName, TenantRole.TENANT_ADMIN, password);
    }

}
