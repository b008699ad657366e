package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.application.admin.MembershipService;
import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Change;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.privacy.JsonRedaction;
import be.buurtwijzer.core.domain.privacy.PersonMatch;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's part of erasing a user account, each step in its own transaction and checked for the
 * platform role at that moment: the account and its memberships, then, after every municipality erased
 * what it holds, the account itself and every trace of its address in every table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AccountPrivacy {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    static final String ERASED_NAME = "Verwijderde gebruiker";

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;


    @Inject
    MembershipService memberships;

    @Inject
    be.buurtwijzer.core.application.access.TenantGate tenantGate;

    @Inject
    PasswordHasher hasher;

    @Inject
    be.buurtwijzer.core.application.register.RegisterStamps registerStamps;

    @Inject
    AuditTrail audit;

    @Inject
    be.buurtwijzer.core.application.access.Accounts accounts;

    /** A user account and the municipalities it belongs to. */
    public record Account(String userId, String email, String displayName, List<MembershipHit> memberships) {
    }

    public record MembershipHit(String slug, String municipality, String role, boolean lastAdministrator) {
    }

    public Account account(Caller caller, String email) {
        platform.administrator(caller);
        UserAccount user = accounts.byEmail(email).orElseThrow(() -> new NotFoundException("user", email));
        List<MembershipHit> hits = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT m, t FROM Membership m, Tenant t WHERE m.userId = :user "
                + "AND t.id = m.tenantId ORDER BY t.slug", Object[].class).setParameter("user", user.getId()).getResultList()) {
            Membership m = (Membership) row[0];
            Tenant t = (Tenant) row[1];
            boolean last = m.getRole() == TenantRole.TENANT_ADMIN && em.createQuery("SELECT COUNT(o) FROM Membership o "
                    + "WHERE o.tenantId = :t AND o.role = :role AND o.userId <> :user", Long.class)
                    .setParameter("t", t.getId()).setParameter("role", TenantRole.TENANT_ADMIN)
                    .setParameter("user", user.getId()).getSingleResult() == 0;
            hits.add(new MembershipHit(t.getSlug(), t.getName(), m.getRole().name(), last));
        }
        return new Account(user.getId(), user.getEmail(), user.getDisplayName(), hits);
    }

    /** Ends the user's membership of one municipality (never its last administrator). */
    public void leave(Caller caller, String userId, String slug) {
        var access = tenantGate.enterAsPlatform(caller, slug);
        if (memberships.membership(access.tenantId(), userId) != null) {
            memberships.removeMember(access, userId);
        }
    }

    /**
     * The account itself: anonymised, its address replaced wherever a column holds exactly it, and blanked in
     * every audit entry that mentions it or its name. Returns how many places changed.
     */
    public int eraseAccount(Caller caller, Account account) {
        platform.administrator(caller);
        UserAccount user = em.find(UserAccount.class, account.userId());
        if (user == null) {
            throw new NotFoundException("user", account.userId());
        }
        String neutral = "verwijderd-" + account.userId().substring(0, 8) + "@buurtwijzer.invalid";
        PersonMatch person = new PersonMatch(account.displayName(), account.email());
        int changed = 0;
        changed += em.createQuery("DELETE FROM Invitation i WHERE i.email = :email").setParameter("email",
                account.email()).executeUpdate();
        user.anonymise(neutral, ERASED_NAME, hasher.hash(PasswordHasher.generatePassword()));
        em.flush();
        Connection db = em.unwrap(Connection.class);
        try {
            changed += replaceEverywhere(db, account.email(), neutral);
            changed += redactAudit(db, "tenant_audit", person);
            changed += redactAudit(db, "platform_audit", person);
        } catch (SQLException e) {
            throw new IllegalStateException("erasing the account's traces failed", e);
        }
        // the address may have been a contact's or a creator's in any municipality's register
        registerStamps.raiseAll();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("places", new Change(null, changed));
        changes.put("municipalities", new Change(null, account.memberships().size()));
        audit.platform(caller, AuditAction.ERASE, "user", account.userId(), null, changes);
        return changed;
    }

    /** Refuses, before anything changes, when the user is the last administrator of a municipality. */
    static void requireNoLastAdministrator(Account account) {
        List<String> last = account.memberships().stream().filter(MembershipHit::lastAdministrator)
                .map(MembershipHit::municipality).toList();
        if (!last.isEmpty()) {
            throw new ConflictException("Nothing was erased: this user is the last administrator of "
                    + String.join(", ", last) + ". Appoint another administrator there first.", "email")
                    .withCode("last-administrator");
        }
    }

    /** Every text column that holds exactly the address (who created, changed, invited, approved…). */
    private static int replaceEverywhere(Connection db, String email, String neutral) throws SQLException {
        int changed = 0;
        for (String[] column : textColumns(db)) {
            try (var update = db.prepareStatement("UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE LOWER("
                    + column[1] + ") = ?")) {
                update.setString(1, neutral);
                update.setString(2, email.toLowerCase(Locale.ROOT));
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    private static int redactAudit(Connection db, String table, PersonMatch person) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (var select = db.prepareStatement("SELECT id, changes FROM " + table + " WHERE LOWER(changes) LIKE ? "
                + "OR LOWER(changes) LIKE ?")) {
            select.setString(1, "%" + person.email() + "%");
            select.setString(2, "%" + person.name().toLowerCase(Locale.ROOT) + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        int changed = 0;
        for (String[] row : rows) {
            String redacted = JsonRedaction.redact(row[1], person);
            if (!redacted.equals(row[1])) {
                try (var update = db.prepareStatement("UPDATE " + table + " SET changes = ? WHERE id = ?")) {
                    update.setString(1, redacted);
                    update.setString(2, row[0]);
                    changed += update.executeUpdate();
                }
            }
        }
        return changed;
    }

    private static List<String[]> textColumns(Connection db) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rs = meta.getColumns(db.getCatalog(), db.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                int type = rs.getInt("DATA_TYPE");
                int size = rs.getInt("COLUMN_SIZE");
                boolean text = type == java.sql.Types.VARCHAR || type == java.sql.Types.CHAR
                        || type == java.sql.Types.NVARCHAR;
                // a generated column (a name in lower case) follows its source and cannot be written
                boolean generated = "YES".equals(rs.getString("IS_GENERATEDCOLUMN"));
                if (text && size >= 64 && !generated && !table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                    columns.add(new String[] {table, rs.getString("COLUMN_NAME")});
                }
            }
        }
        return columns;
    }
}
