package be.buurtwijzer.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on the embedded default (H2 in MySQL mode, as server.xml opens it); MariaDB runs them in the ITs. */
class MigrationsOnH2Test {

    @Test
    void everyMigrationAppliesAndAResetLinkBelongsToOneAccount() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        var result = Migrations.migrate(h2);
        assertTrue(result.migrations.stream().anyMatch(m -> "11".equals(m.version)), "V11 applied");
        try (Connection db = h2.getConnection(); var sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO user_account (id, email, display_name, password_hash, failed_logins, "
                    + "created_at) VALUES ('u1', 'a@example.org', 'A', 'x', 0, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO password_reset (id, user_id, token_hash, credentials_version, created_at, "
                    + "expires_at) VALUES ('r1', 'u1', 'h1', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO password_reset (id, user_id, "
                    + "token_hash, credentials_version, created_at, expires_at) VALUES ('r2', 'u1', 'h1', 0, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "a token hash is unique");
            assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO password_reset (id, user_id, "
                    + "token_hash, credentials_version, created_at, expires_at) VALUES ('r3', 'nobody', 'h3', 0, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "a link belongs to an account");
            sql.executeUpdate("DELETE FROM user_account WHERE id = 'u1'");
            try (var count = sql.executeQuery("SELECT COUNT(*) FROM password_reset")) {
                count.next();
                assertEquals(0, count.getInt(1), "an account's links go with it");
            }
        }
    }
}
