package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Who am I, and which municipalities may I open? */
@ApplicationScoped
@Transactional
public class MyAccount {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @jakarta.inject.Inject
    be.buurtwijzer.core.application.access.CallerCheck callers;

    public record MembershipSummary(String slug, String name, TenantStatus status, String defaultLocale,
            TenantRole role) {
    }

    /**
     * @param mustChangePassword the account still has a one-time password: nothing else is allowed until it is replaced
     * @param lockedAt when failed log-ins last locked the account, until its owner has seen it (else null)
     */
    public record Me(String userId, String email, String displayName, PlatformRole platformRole,
            List<MembershipSummary> memberships, boolean mustChangePassword, java.time.Instant lockedAt) {
    }

    /** The owner has seen that the account was locked: the notice is not shown again. */
    public void lockNoticeSeen(Caller caller) {
        var user = em.find(be.buurtwijzer.core.domain.identity.UserAccount.class, callers.stillValid(caller).userId());
        if (user.getLockNoticeAt() != null) {
            user.lockNoticeSeen();
        }
    }

    /** Keeps the language a person chose, for every later session. */
    public void setPreferredLocale(Caller caller, String locale) {
        if (!be.buurtwijzer.core.domain.tenancy.SupportedLocale.ALL.contains(locale) && !"nl".equals(locale)) {
            throw be.buurtwijzer.core.application.shared.InvalidInputException.of("locale", "must be nl-BE or en");
        }
        be.buurtwijzer.core.domain.identity.UserAccount user = em.find(
                be.buurtwijzer.core.domain.identity.UserAccount.class, caller.userId());
        if (user != null) {
            user.setPreferredLocale("en".equals(locale) ? "en" : "nl-BE");
            callers.forgetEarlierRead();
        }
    }

    public String preferredLocale(Caller caller) {
        return callers.preferredLocale(caller);
    }

    /** Who the caller is now (a session that ended is refused; a one-time password is allowed, to change it). */
    public Me describe(Caller caller) {
        caller = callers.stillValid(caller);
        List<MembershipSummary> memberships = em.createQuery("SELECT t, m FROM Membership m, Tenant t "
                        + "WHERE m.tenantId = t.id AND m.userId = :user ORDER BY t.name", Object[].class)
                .setParameter("user", caller.userId()).getResultList().stream()
                .map(row -> {
                    Tenant t = (Tenant) row[0];
                    Membership m = (Membership) row[1];
                    return new MembershipSummary(t.getSlug(), t.getName(), t.getStatus(), t.getDefaultLocale(),
                            m.getRole());
                }).toList();
        var user = em.find(be.buurtwijzer.core.domain.identity.UserAccount.class, caller.userId());
        return new Me(caller.userId(), caller.email(), caller.displayName(), caller.platformRole(), memberships,
                caller.mustChangePassword(), user.getLockNoticeAt());
    }
}
