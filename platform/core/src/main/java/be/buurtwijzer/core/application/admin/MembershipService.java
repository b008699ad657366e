package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tenant administrator manages the members of their own municipality. */
@ApplicationScoped
@Transactional
public class MembershipService {

    @Inject
    be.buurtwijzer.core.application.access.Memberships memberships;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    public List<MemberDetails> list(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS);
        return memberships.withAccounts(access.tenantId()).stream()
                .map(m -> MemberDetails.of(m.membership(), m.account(), null)).toList();
    }

    /**
     * Adds a member to the municipality the caller already entered. Also used by the platform
     * administration and tenant-config, which pass through their own checks first.
     */
    public MemberDetails addMember(TenantAccess access, String email, String displayName, TenantRole role, String password) {
        UserDirectory.Account account = users.findOrCreate(email, displayName, password);
        UserAccount user = account.user();
        if (membership(access.tenantId(), user.getId()) != null) {
            throw new ConflictException("'" + user.getEmail() + "' is already a member of this municipality.", "email")
                    .withCode("already-member", user.getEmail());
        }
        Membership membership = new Membership(access.tenantId(), user.getId(), role, clock.instant());
        em.persist(membership);
        Conflicts.flush(em, "membership");
        audit.tenant(access, AuditAction.CREATE, "member", user.getId(), Changes.created(state(user, membership)));
        return MemberDetails.of(membership, user, account.oneTimePassword());
    }

    public MemberDetails changeRole(Caller caller, String slug, String userId, RoleChange change) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS);
        change = validator.check(change);
        Membership membership = existing(access, userId);
        if (membership.getVersion() != change.version()) {
            throw ConflictException.staleVersion("membership", membership.getVersion());
        }
        if (membership.getRole() == TenantRole.TENANT_ADMIN && change.role() != TenantRole.TENANT_ADMIN) {
            requireAnotherAdministrator(access, userId);
        }
        UserAccount user = users.byId(userId).orElseThrow();
        Map<String, Object> before = state(user, membership);
        membership.setRole(change.role());
        Conflicts.flush(em, "membership");
        tenantGate.forgetEarlierEntries();
        audit.tenant(access, AuditAction.UPDATE, "member", userId, Changes.between(before, state(user, membership)));
        return MemberDetails.of(membership, user, null);
    }

    public void remove(Caller caller, String slug, String userId) {
        removeMember(tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS), userId);
    }

    /** Removes a member from the municipality the caller already entered; never its last administrator. */
    public void removeMember(TenantAccess access, String userId) {
        Membership membership = existing(access, userId);
        if (membership.getRole() == TenantRole.TENANT_ADMIN) {
            requireAnotherAdministrator(access, userId);
        }
        UserAccount user = users.byId(userId).orElseThrow();
        Map<String, Object> before = state(user, membership);
        em.remove(membership);
        Conflicts.flush(em, "membership");
        tenantGate.forgetEarlierEntries();
        audit.tenant(access, AuditAction.DELETE, "member", userId, Changes.deleted(before));
    }

    private Membership existing(TenantAccess access, String userId) {
        Membership membership = membership(access.tenantId(), userId);
        if (membership == null) {
            throw new NotFoundException("member", userId);
        }
        return membership;
    }

    public Membership membership(String tenantId, String userId) {
        return memberships.find(tenantId, userId).orElse(null);
    }

    /**
     * Locks the municipality's administrator memberships (a locking read sees what other
     * transactions committed, and makes them wait), then checks that one other than {@code userId}
     * stays, and that a caller acting as administrator still is one. Two administrators demoting
     * each other at the same moment therefore cannot leave the municipality without one.
     */
    private void requireAnotherAdministrator(TenantAccess access, String userId) {
        List<Membership> administrators = em.createQuery("SELECT m FROM Membership m WHERE m.tenantId = :tenant "
                        + "AND m.role = :role ORDER BY m.id", Membership.class)
                .setParameter("tenant", access.tenantId()).setParameter("role", TenantRole.TENANT_ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        String caller = access.caller().userId();
        if (!access.caller().isPlatformAdmin() && caller != null
                && administrators.stream().noneMatch(m -> m.getUserId().equals(caller))) {
            throw new ForbiddenException("Your role in this municipality changed a moment ago; reload and check.")
                    .withCode("role");
        }
        long others = administrators.stream().filter(m -> !m.getUserId().equals(userId)).count();
        if (others == 0) {
            throw new ConflictException("This is the last administrator of the municipality: appoint another "
                    + "administrator first.", "role").withCode("last-administrator");
        }
    }

    private static Map<String, Object> state(UserAccount user, Membership membership) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", user.getEmail());
        state.put("role", membership.getRole());
        return state;
    }
}
