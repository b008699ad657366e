package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The one home of the question "is this person a member of this municipality, and how". */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    public Optional<Membership> find(String tenantId, String userId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.tenantId = :tenant AND m.userId = :user",
                        Membership.class).setParameter("tenant", tenantId).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    /** A municipality and the person's role in it. */
    public record TenantAndRole(Tenant tenant, TenantRole role, OptionalLong registerStamp) {
    }

    /**
     * The municipality with this slug, this person's role in it and its register's stamp, in one statement; empty when
     * they are not a member of it (or there is none). Membership and municipality are read as
     * entities, because EclipseLink prepares a projection's SQL (such as {@code SELECT t, m.role})
     * again at every execution.
     */
    public Optional<TenantAndRole> ofMember(String slug, String userId) {
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.tenant t "
                        + "LEFT JOIN FETCH m.registerStamp WHERE t.slug = :slug AND m.userId = :user", Membership.class)
                .setParameter("slug", slug).setParameter("user", userId)
                .getResultStream().findFirst()
                .map(m -> new TenantAndRole(m.getTenant(), m.getRole(), m.registerStamp()));
    }

    /**
     * The membership of the person with this e-mail address in the municipality with this slug, with their account,
     * the municipality and its register's stamp, in one statement; empty when there is no such account, they are not
     * a member there or there is no such municipality. An API request names its municipality in its path: its log-in
     * reads the account this way, and its tenant gate finds the rest already read ({@link GateMemo#prefetched}).
     */
    public Optional<Membership> ofMemberWithAccount(String slug, String email) {
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.account u JOIN FETCH m.tenant t "
                        + "LEFT JOIN FETCH m.registerStamp WHERE t.slug = :slug AND u.email = :email", Membership.class)
                .setParameter("slug", slug).setParameter("email", UserAccount.normalizeEmail(email))
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultStream().findFirst();
    }

    /** A member with the account, as the member lists show them. */
    public record Member(Membership membership, UserAccount account) {
    }

    /** The members of a municipality with their accounts, by name then address. */
    public List<Member> withAccounts(String tenantId) {
        return em.createQuery("SELECT m, u FROM Membership m, UserAccount u WHERE m.userId = u.id "
                        + "AND m.tenantId = :tenant ORDER BY u.displayName, u.email", Object[].class)
                .setParameter("tenant", tenantId).getResultList().stream()
                .map(row -> new Member((Membership) row[0], (UserAccount) row[1])).toList();
    }

    /** In how many other municipalities the person is a member. */
    public long elsewhere(String userId, String tenantId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.userId = :user AND m.tenantId <> :tenant",
                Long.class).setParameter("user", userId).setParameter("tenant", tenantId).getSingleResult();
    }
}
