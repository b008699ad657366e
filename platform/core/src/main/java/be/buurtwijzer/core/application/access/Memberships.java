package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The one home of the question "is this person a member of this municipality, and how". */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    public Optional<Membership> find(String tenantId, String userId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.tenantId = :tenant AND m.userId = :user",
                        Membership.class).setParameter("tenant", tenantId).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    /** A municipality as the tenant gate checks it, the person's role in it and its register's stamp. */
    public record TenantAndRole(String tenantId, String slug, String tenantName, TenantStatus status,
            String defaultLocale, TenantRole role, OptionalLong registerStamp) {

        public static TenantAndRole of(Tenant tenant, TenantRole role, OptionalLong registerStamp) {
            return new TenantAndRole(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus(),
                    tenant.getDefaultLocale(), role, registerStamp);
        }
    }

    /** An account as a log-in checks it, with its membership of one municipality. */
    public record MemberAtLogIn(AccountAtLogIn account, TenantAndRole membership) {
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
                .map(m -> TenantAndRole.of(m.getTenant(), m.getRole(), m.registerStamp()));
    }

    /**
     * The account with this e-mail address and its membership of the municipality with this slug (with the
     * municipality and its register's stamp), in one statement; empty when there is no such account, they are not a
     * member there or there is no such municipality. An API request names its municipality in its path: its log-in
     * reads the account this way, and its tenant gate finds the rest already read ({@link GateMemo#prefetched}).
     * <p>
     * Plain JDBC on the persistence unit's data source, the columns the checks need and nothing else: this is the
     * one statement of every API request, and EclipseLink's building of four entities around it was a tenth of a
     * kept list's CPU (deployment/bench/RESULTS.md, issue 19). Nothing read here is changed in the request.
     */
    public Optional<MemberAtLogIn> ofMemberWithAccount(String slug, String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(MEMBER_AT_LOG_IN)) {
            read.setString(1, slug);
            read.setString(2, UserAccount.normalizeEmail(email));
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(memberAtLogIn(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read the account and membership of a log-in", e);
        }
    }

    private static final String MEMBER_AT_LOG_IN = "SELECT u.id, u.email, u.display_name, u.password_hash, "
            + "u.platform_role, u.preferred_locale, u.failed_logins, u.locked_until, u.credentials_version, "
            + "u.must_change_password, t.id, t.slug, t.name, t.status, t.default_locale, m.role, s.stamp "
            + "FROM user_account u JOIN membership m ON m.user_id = u.id JOIN tenant t ON t.id = m.tenant_id "
            + "LEFT JOIN register_stamp s ON s.tenant_id = m.tenant_id WHERE t.slug = ? AND u.email = ?";

    private static MemberAtLogIn memberAtLogIn(ResultSet row) throws SQLException {
        String platformRole = row.getString(5);
        // read as EclipseLink reads (and wrote) an Instant column: getTimestamp, then toInstant
        Timestamp lockedUntil = row.getTimestamp(8);
        AccountAtLogIn account = new AccountAtLogIn(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), platformRole == null ? null : PlatformRole.valueOf(platformRole), row.getString(6),
                row.getInt(7), lockedUntil == null ? null : lockedUntil.toInstant(), row.getLong(9),
                row.getBoolean(10));
        long stamp = row.getLong(17);
        OptionalLong registerStamp = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(stamp);
        return new MemberAtLogIn(account, new TenantAndRole(row.getString(11), row.getString(12), row.getString(13),
                TenantStatus.valueOf(row.getString(14)), row.getString(15), TenantRole.valueOf(row.getString(16)),
                registerStamp));
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
