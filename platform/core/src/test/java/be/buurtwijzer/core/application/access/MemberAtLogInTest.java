package be.buurtwijzer.core.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import be.buurtwijzer.core.infrastructure.Migrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log-in's one statement (account and membership, {@link Memberships#ofMemberWithAccount}) on the schema the
 * migrations make, on H2 as the embedded default opens it: the account with only what is required, the account with
 * everything set, and the cases that find nothing.
 */
class MemberAtLogInTest {

    private static final Memberships MEMBERSHIPS = new Memberships();

    @BeforeAll
    static void schema() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:member-at-log-in;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        Migrations.migrate(h2);
        MEMBERSHIPS.dataSource = h2;
        try (Connection db = h2.getConnection(); var sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO tenant (id, slug, name, status, default_locale, created_at, version) VALUES "
                    + "('t1', 'stederen', 'Stad Stederen', 'ACTIVE', 'nl-BE', CURRENT_TIMESTAMP, 0), "
                    + "('t2', 'zomerveld', 'Gemeente Zomerveld', 'SUSPENDED', 'en', CURRENT_TIMESTAMP, 3)");
            sql.executeUpdate("INSERT INTO user_account (id, email, display_name, password_hash, created_at) VALUES "
                    + "('u1', 'an@stederen.example', 'An', 'hash-1', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO user_account (id, email, display_name, password_hash, platform_role, "
                    + "preferred_locale, failed_logins, locked_until, created_at, credentials_version, "
                    + "must_change_password) VALUES ('u2', 'bo@zomerveld.example', 'Bo', 'hash-2', 'PUBLISHER', "
                    + "'fr-BE', 4, TIMESTAMP '2026-11-12 09:30:15.123456', CURRENT_TIMESTAMP, 7, TRUE)");
            sql.executeUpdate("INSERT INTO membership (id, tenant_id, user_id, role, created_at, version) VALUES "
                    + "('m1', 't1', 'u1', 'PARTNER', CURRENT_TIMESTAMP, 0), "
                    + "('m2', 't2', 'u2', 'TENANT_ADMIN', CURRENT_TIMESTAMP, 0)");
            sql.executeUpdate("INSERT INTO register_stamp (tenant_id, stamp) VALUES ('t2', 42)");
        }
    }

    @Test
    void anAccountWithOnlyWhatIsRequired() {
        Memberships.MemberAtLogIn found = MEMBERSHIPS.ofMemberWithAccount("stederen", "an@stederen.example")
                .orElseThrow();
        assertEquals(new AccountAtLogIn("u1", "an@stederen.example", "An", "hash-1", null, null, 0, null, 0, false),
                found.account());
        assertFalse(found.account().isLocked(Instant.now()));
        assertEquals(new Memberships.TenantAndRole("t1", "stederen", "Stad Stederen", TenantStatus.ACTIVE, "nl-BE",
                TenantRole.PARTNER, OptionalLong.empty()), found.membership(), "no stamp: never changed");
    }

    @Test
    void anAccountWithEverythingSet() {
        Memberships.MemberAtLogIn found = MEMBERSHIPS.ofMemberWithAccount("zomerveld", "bo@zomerveld.example")
                .orElseThrow();
        AccountAtLogIn account = found.account();
        // the time as the JVM's zone reads the stored local time back, the way EclipseLink reads an Instant column
        Instant lockedUntil = Timestamp.valueOf("2026-11-12 09:30:15.123456").toInstant();
        assertEquals(new AccountAtLogIn("u2", "bo@zomerveld.example", "Bo", "hash-2", PlatformRole.PUBLISHER,
                "fr-BE", 4, lockedUntil, 7, true), account);
        assertFalse(account.toString().contains("hash-2"), "its text never shows the stored hash");
        assertTrue(account.isLocked(lockedUntil.minusNanos(1000)));
        assertFalse(account.isLocked(lockedUntil));
        assertEquals(new Caller("u2", "bo@zomerveld.example", "Bo", PlatformRole.PUBLISHER, false, 7, true),
                account.caller());
        assertEquals(new Memberships.TenantAndRole("t2", "zomerveld", "Gemeente Zomerveld", TenantStatus.SUSPENDED,
                "en", TenantRole.TENANT_ADMIN, OptionalLong.of(42)), found.membership());
    }

    @Test
    void theAddressIsMatchedAsStored() {
        assertTrue(MEMBERSHIPS.ofMemberWithAccount("stederen", "  AN@Stederen.example ").isPresent());
    }

    @Test
    void nothingForAnotherMunicipalityAnUnknownAddressOrAnUnknownSlug() {
        assertTrue(MEMBERSHIPS.ofMemberWithAccount("zomerveld", "an@stederen.example").isEmpty(), "not a member");
        assertTrue(MEMBERSHIPS.ofMemberWithAccount("stederen", "nobody@stederen.example").isEmpty());
        assertTrue(MEMBERSHIPS.ofMemberWithAccount("nergens", "an@stederen.example").isEmpty());
    }
}
