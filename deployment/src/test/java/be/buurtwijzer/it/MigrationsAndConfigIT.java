package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.infrastructure.Migrations;
import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema comes from the migrations, on an empty database and again on restart; the tenant files apply once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MigrationsAndConfigIT {

    private static final String DB_URL = System.getProperty("it.db.url");
    private static final String SERVER_URL = System.getProperty("it.db.server.url");

    /** The versions of the migration scripts in the source tree, e.g. [1, 2]. */
    private static List<String> scriptVersions() throws java.io.IOException {
        try (var files = Files.list(Path.of("../platform/core/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static MysqlDataSource dataSource(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource;
    }

    @Test
    void theTestDatabaseRunsWithMySql8sSqlModeInUtc() throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@GLOBAL.sql_mode, @@GLOBAL.time_zone, @@character_set_server")) {
            assertTrue(rs.next());
            List<String> modes = List.of(rs.getString(1).split(","));
            for (String mode : List.of("ONLY_FULL_GROUP_BY", "STRICT_TRANS_TABLES", "NO_ZERO_IN_DATE", "NO_ZERO_DATE",
                    "ERROR_FOR_DIVISION_BY_ZERO", "NO_ENGINE_SUBSTITUTION")) {
                assertTrue(modes.contains(mode), "MySQL 8.4's default sql_mode has " + mode + "; the tests' has " + modes);
            }
            assertEquals("+00:00", rs.getString(2));
            assertEquals("utf8mb4", rs.getString(3));
        }
    }

    @Test
    void theServerMigratedTheRealDatabaseAndARestartAppliesNothing() throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"));
                applied.add(rs.getString("version"));
            }
            assertEquals(scriptVersions(), applied);
        }
        MigrateResult again = Migrations.migrate(dataSource(DB_URL));
        assertEquals(0, again.migrationsExecuted, "a restart must apply nothing twice");
    }

    @Test
    void migrationsBuildAnEmptyDatabaseOnce() throws Exception {
        String database = "bw_empty_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(SERVER_URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
        }
        String url = SERVER_URL.replace("/?", "/" + database + "?");
        MigrateResult first = Migrations.migrate(dataSource(url));
        assertEquals(scriptVersions().size(), first.migrationsExecuted);
        MigrateResult second = Migrations.migrate(dataSource(url));
        assertEquals(0, second.migrationsExecuted);
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                        + database + "' AND table_name IN ('tenant','user_account','membership','neighbourhood',"
                        + "'actor','initiative','initiative_actor','tenant_audit','platform_audit','plugin_release',"
                        + "'tenant_subscription','plugin_record')")) {
            rs.next();
            assertEquals(12, rs.getInt(1));
        }
    }

    @Test
    void applyingTheSameFilesTwiceChangesNothingAndAChangedFileUpdates() throws Exception {
        Api.Reply again = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
        assertEquals(200, again.status(), again.toString());
        assertEquals(0, again.json().getJsonArray("problems").size(), again.toString());
        for (JsonObject file : again.json().getJsonArray("files").getValuesAs(JsonObject.class)) {
            assertEquals(0, file.getJsonArray("changes").size(), "re-applying changed " + file);
        }

        Path dir = Path.of(System.getProperty("it.tenant.config"));
        Path file = dir.resolve("tenants/testdorp.json");
        Files.writeString(file, tenantFile("Testdorp"), StandardCharsets.UTF_8);
        Api.Reply created = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
        assertTrue(created.body().contains("created municipality testdorp"), created.toString());
        String auditBefore = get(PLATFORM_ADMIN, "/api/v1/admin/audit?entityType=tenant&size=200").body();

        Api.Reply unchanged = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
        assertTrue(unchanged.json().getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .allMatch(f -> f.getJsonArray("changes").isEmpty()), unchanged.toString());
        assertEquals(auditBefore, get(PLATFORM_ADMIN, "/api/v1/admin/audit?entityType=tenant&size=200").body());

        Files.writeString(file, tenantFile("Testdorp aan de Schelde"), StandardCharsets.UTF_8);
        Api.Reply updated = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
        assertTrue(updated.body().contains("updated municipality testdorp"), updated.toString());
        assertEquals("Testdorp aan de Schelde", get(PLATFORM_ADMIN, "/api/v1/admin/tenants/testdorp").json()
                .getString("name"));

        Files.writeString(file, "{ \"slug\": \"testdorp\", \"name\": ", StandardCharsets.UTF_8);
        Api.Reply broken = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
        assertEquals(200, broken.status());
        assertTrue(broken.json().getJsonArray("problems").toString().contains("testdorp.json"), broken.toString());
        assertEquals("Testdorp aan de Schelde", get(PLATFORM_ADMIN, "/api/v1/admin/tenants/testdorp").json()
                .getString("name"), "a broken file changes nothing");
        Files.delete(file);
    }

    @Test
    void aNewMunicipalityGetsWhatItsFileNamesOnceAndOnePasswordServesItsAccounts() throws Exception {
        Path file = Path.of(System.getProperty("it.tenant.config")).resolve("tenants/deeldorp.json");
        Files.writeString(file, """
                {
                  "slug": "deeldorp",
                  "name": "Deeldorp",
                  "defaultLocale": "nl-BE",
                  "administrators": [ { "email": "admin@deeldorp.example", "displayName": "Admin Deeldorp",
                                        "passwordEnv": "BUURTWIJZER_DEMO_PASSWORD" } ],
                  "members": [ { "email": "coordinator@deeldorp.example", "displayName": "Coördinator Deeldorp",
                                 "role": "COORDINATOR", "passwordEnv": "BUURTWIJZER_DEMO_PASSWORD" } ],
                  "register": {
                    "neighbourhoods": [ { "name": "Dorpskern", "kind": "GEOGRAPHIC" },
                                        { "name": "dorpskern ", "kind": "LIVED" } ],
                    "actors": [ { "name": "OCMW Deeldorp", "kind": "LOCAL_GOVERNMENT", "sector": "WELFARE" } ],
                    "initiatives": [ { "name": "Buurtsoep", "status": "RUNNING", "neighbourhood": "DORPSKERN",
                                       "actors": [ "ocmw deeldorp" ] },
                                     { "name": "Buurtsoep", "status": "IDEA" } ]
                  }
                }
                """, StandardCharsets.UTF_8);
        try {
            Api.Reply created = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
            assertEquals(0, created.json().getJsonArray("problems").size(), created.toString());
            String changes = created.json().getJsonArray("files").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("file").contains("deeldorp")).findFirst().orElseThrow()
                    .getJsonArray("changes").toString();
            assertEquals(1, changes.split("added neighbourhood", -1).length - 1, changes);
            assertEquals(1, changes.split("added initiative", -1).length - 1, changes);

            Api.Reply initiatives = get("coordinator@deeldorp.example", "/api/v1/tenants/deeldorp/initiatives");
            assertEquals(200, initiatives.status(), "the coordinator logs in with the variable's password: " + initiatives);
            JsonObject soup = initiatives.items().getJsonObject(0);
            assertEquals("RUNNING", soup.getString("status"), "the first of the two, as the file says it first");
            assertEquals("Dorpskern", soup.getJsonObject("neighbourhood").getString("name"));
            assertEquals("OCMW Deeldorp", soup.getJsonArray("actors").getJsonObject(0).getString("name"));
            assertEquals(200, get("admin@deeldorp.example", "/api/v1/me").status());

            List<String> hashes = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(DB_URL, "root", "");
                    ResultSet rows = c.createStatement().executeQuery("SELECT password_hash FROM user_account "
                            + "WHERE email IN ('admin@deeldorp.example', 'coordinator@deeldorp.example')")) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
            assertEquals(2, hashes.size());
            assertEquals(hashes.get(0), hashes.get(1), "one password given to both in one run: hashed once");
        } finally {
            Files.delete(file);
        }
    }

    private static String tenantFile(String name) {
        return """
                {
                  "slug": "testdorp",
                  "name": "%s",
                  "defaultLocale": "en",
                  "administrators": [ { "email": "admin@testdorp.example", "displayName": "Admin Testdorp" } ],
                  "members": [ { "email": "partner@testdorp.example", "displayName": "Partner", "role": "PARTNER" } ],
                  "register": { "neighbourhoods": [ { "name": "Dorpskern", "kind": "GEOGRAPHIC" } ] }
                }
                """.formatted(name);
    }
}
