package be.buurtwijzer.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * During a rolling upgrade the previous release still runs on the migrated schema, so a migration only
 * expands it; what the old release used is dropped or changed later, in a migration named
 * {@code V<n>__contract_<what>.sql} (README, "Rolling upgrades").
 */
class MigrationRulesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern DROP_COLUMN = Pattern.compile(
            "\\bALTER TABLE\\b.*\\bDROP\\s+(COLUMN\\s+)?(?!INDEX\\b|KEY\\b|FOREIGN\\b|CONSTRAINT\\b|PRIMARY\\b|CHECK\\b)\\w+");
    private static final Pattern DROP_TABLE = Pattern.compile("\\bDROP TABLE\\b");
    private static final Pattern RENAME = Pattern.compile("\\bRENAME\\b");
    private static final Pattern CHANGE_COLUMN = Pattern.compile("\\bALTER TABLE\\b.*\\b(CHANGE|MODIFY)\\b");
    private static final Pattern ADD_COLUMN = Pattern.compile("\\bADD\\s+(COLUMN\\s+)?(?!INDEX\\b|KEY\\b|CONSTRAINT\\b"
            + "|FOREIGN\\b|PRIMARY\\b|UNIQUE\\b|CHECK\\b)\\w+[^,]*");

    /** What in one migration script the previous release could not run on. */
    static List<String> expandOnlyViolations(String script) {
        List<String> violations = new ArrayList<>();
        String withoutComments = script.replaceAll("(?m)--.*$", " ");
        for (String raw : withoutComments.split(";")) {
            String statement = raw.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
            if (statement.isEmpty()) {
                continue;
            }
            if (DROP_TABLE.matcher(statement).find() || DROP_COLUMN.matcher(statement).find()) {
                violations.add("drops what the previous release uses: " + statement);
            } else if (RENAME.matcher(statement).find()) {
                violations.add("renames what the previous release uses: " + statement);
            } else if (CHANGE_COLUMN.matcher(statement).find()) {
                violations.add("changes a column the previous release uses: " + statement);
            } else if (statement.startsWith("ALTER TABLE")) {
                var added = ADD_COLUMN.matcher(statement);
                while (added.find()) {
                    String column = added.group();
                    if (column.contains("NOT NULL") && !column.contains("DEFAULT")) {
                        violations.add("adds a NOT NULL column without a default, which the previous release's"
                                + " INSERT does not fill: " + statement);
                    }
                }
            }
        }
        return violations;
    }

    @Test
    void everyMigrationOutsideAContractOneOnlyExpandsTheSchema() throws IOException {
        List<String> found = new ArrayList<>();
        try (var files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                if (file.getFileName().toString().contains("__contract_")) {
                    continue;
                }
                expandOnlyViolations(Files.readString(file)).forEach(v -> found.add(file.getFileName() + ": " + v));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void whatTheRuleAllows() {
        assertEquals(List.of(), expandOnlyViolations("""
                -- a new column the old release ignores, a DROP in a comment
                CREATE TABLE scheduled_lease (job VARCHAR(64) NOT NULL, PRIMARY KEY (job));
                ALTER TABLE tenant ADD COLUMN deletion_due_at DATETIME(6);
                ALTER TABLE user_account ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
                ALTER TABLE actor ADD CONSTRAINT fk_x FOREIGN KEY (tenant_id) REFERENCES tenant (id);
                ALTER TABLE actor DROP INDEX ix_old;
                CREATE INDEX ix_tenant_deletion_due ON tenant (deletion_due_at);
                UPDATE organisation_key SET approved_at = created_at;
                """));
    }

    @Test
    void whatTheRuleRefuses() {
        for (String refused : List.of(
                "ALTER TABLE actor DROP COLUMN sector",
                "alter table actor drop sector",
                "DROP TABLE initiative_actor",
                "ALTER TABLE actor RENAME COLUMN sector TO domain",
                "RENAME TABLE actor TO partner",
                "ALTER TABLE actor MODIFY name VARCHAR(50)",
                "ALTER TABLE actor CHANGE name title VARCHAR(200)",
                "ALTER TABLE actor ADD COLUMN nickname VARCHAR(80) NOT NULL",
                "ALTER TABLE actor ADD nickname VARCHAR(80) NULL, ADD rank INT NOT NULL")) {
            assertFalse(expandOnlyViolations(refused + ";").isEmpty(), refused);
        }
        assertTrue(expandOnlyViolations("ALTER TABLE actor ADD nickname VARCHAR(80) NOT NULL DEFAULT ''").isEmpty());
    }
}
