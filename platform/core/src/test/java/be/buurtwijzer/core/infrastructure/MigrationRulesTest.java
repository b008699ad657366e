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

    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER\\s+(ONLINE\\s+|IGNORE\\s+)*TABLE\\s+\\S+\\s+(.*)$");
    private static final Pattern DROP_TABLE = Pattern.compile("\\bDROP\\s+TABLE\\b");
    private static final Pattern RENAME = Pattern.compile("\\bRENAME\\b");
    private static final Pattern DROP_COLUMN = Pattern.compile(
            "^DROP\\s+(COLUMN\\s+)?(?!INDEX\\b|KEY\\b|FOREIGN\\b|CONSTRAINT\\b|PRIMARY\\b|CHECK\\b)\\S+");
    private static final Pattern CHANGE_COLUMN = Pattern.compile("^(CHANGE|MODIFY|ALTER)\\b(?!.*\\bSET\\s+DEFAULT\\b)");
    private static final Pattern ADD_COLUMN = Pattern.compile(
            "^ADD\\s+(COLUMN\\s+)?(?!INDEX\\b|KEY\\b|CONSTRAINT\\b|FOREIGN\\b|PRIMARY\\b|UNIQUE\\b|CHECK\\b|FULLTEXT\\b|SPATIAL\\b)(.*)$");
    private static final Pattern NOT_NULL = Pattern.compile("\\bNOT\\s+NULL\\b");
    private static final Pattern DEFAULT = Pattern.compile("\\bDEFAULT\\b");

    /** What in one migration script the previous release could not run on. */
    static List<String> expandOnlyViolations(String script) {
        List<String> violations = new ArrayList<>();
        String withoutComments = script.replaceAll("(?m)--.*$", " ");
        for (String raw : withoutComments.split(";")) {
            String statement = raw.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
            if (statement.isEmpty()) {
                continue;
            }
            if (DROP_TABLE.matcher(statement).find()) {
                violations.add("drops a table the previous release uses: " + statement);
            } else if (RENAME.matcher(statement).find()) {
                violations.add("renames what the previous release uses: " + statement);
            }
            var alter = ALTER_TABLE.matcher(statement);
            if (alter.matches()) {
                for (String clause : topLevelClauses(alter.group(2))) {
                    violations.addAll(clauseViolations(clause, statement));
                }
            }
        }
        return violations;
    }

    private static List<String> clauseViolations(String clause, String statement) {
        if (DROP_COLUMN.matcher(clause).find()) {
            return List.of("drops a column the previous release uses: " + statement);
        }
        if (CHANGE_COLUMN.matcher(clause).find()) {
            return List.of("changes a column the previous release uses: " + statement);
        }
        var added = ADD_COLUMN.matcher(clause);
        if (!added.matches()) {
            return List.of();
        }
        String definitions = added.group(2).trim();
        if (definitions.startsWith("(") && definitions.endsWith(")")) {
            definitions = definitions.substring(1, definitions.length() - 1); // ADD (a INT, b INT NOT NULL)
        }
        List<String> found = new ArrayList<>();
        for (String column : topLevelClauses(definitions)) {
            // the column's own name is its first word: a column called default_locale is not a DEFAULT
            String afterName = column.trim().replaceFirst("^\\S+", "");
            if (NOT_NULL.matcher(afterName).find() && !DEFAULT.matcher(afterName).find()) {
                found.add("adds a NOT NULL column without a default, which the previous release's INSERT does not"
                        + " fill: " + statement);
            }
        }
        return found;
    }

    /** The comma-separated parts outside parentheses and quotes: DECIMAL(10,2) and ENUM('A','B') stay whole. */
    private static List<String> topLevelClauses(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        return parts;
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
                "ALTER TABLE actor ADD nickname VARCHAR(80) NULL, ADD rank INT NOT NULL",
                "ALTER TABLE actor ADD COLUMN amount DECIMAL(10,2) NOT NULL",
                "ALTER TABLE actor ADD COLUMN grade ENUM('A','B') NOT NULL",
                "ALTER TABLE actor ADD COLUMN default_locale VARCHAR(10) NOT NULL",
                "ALTER TABLE actor ADD COLUMN undefaulted INT NOT NULL",
                "ALTER TABLE actor ADD (x INT, y INT NOT NULL)",
                "ALTER ONLINE TABLE actor DROP COLUMN sector",
                "ALTER TABLE actor ADD COLUMN n INT NOT NULL DEFAULT 0, DROP COLUMN z",
                "ALTER TABLE actor ALTER COLUMN name DROP DEFAULT")) {
            assertFalse(expandOnlyViolations(refused + ";").isEmpty(), refused);
        }
        assertTrue(expandOnlyViolations("ALTER TABLE actor ADD nickname VARCHAR(80) NOT NULL DEFAULT ''").isEmpty());
        assertTrue(expandOnlyViolations("ALTER TABLE actor ADD COLUMN price DECIMAL(10,2) NOT NULL DEFAULT 0,"
                + " ADD COLUMN note VARCHAR(20)").isEmpty());
        assertTrue(expandOnlyViolations("ALTER TABLE actor ALTER COLUMN kind SET DEFAULT 'OTHER'").isEmpty());
    }
}
