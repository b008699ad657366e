package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A municipality file's instrument data survives a node that stops halfway: the run is in the database (seed_run),
 * the next start goes on from the seed it reached with the results the later seeds refer to, and no node runs seeds
 * another node holds. A stopped node is what the test leaves in the database: a run part-way, with or without a
 * lease; applying the files again (as a start does) is what comes after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstrumentSeedRunsIT {

    private static final String DB_URL = System.getProperty("it.db.url");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aRunLeftHalfwayGoesOnFromItsSeedAndARunAnotherNodeHoldsIsLeftToIt() throws Exception {
        String slug = "zaaidorp";
        Path file = Path.of(System.getProperty("it.tenant.config")).resolve("tenants/" + slug + ".json");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        try (Connection db = DriverManager.getConnection(DB_URL, "root", "")) {
            apply();
            String tenantId = one(db, "SELECT id FROM tenant WHERE slug = ?", slug);
            assertEquals(2, measurements(db, tenantId), "the file's three seeds ran: a theory and two measurements");
            assertEquals(0, runs(db, tenantId), "a finished run is gone");
            assertEquals(0, leases(db, tenantId), "and so is its lease");

            // a node stopped after the second seed: the third is left, with the theory's id among the results
            String theoryId = one(db, "SELECT id FROM plugin_record WHERE tenant_id = ? AND plugin_id = 'logbook' "
                    + "AND kind = 'theory'", tenantId);
            leaveRun(db, tenantId, 2, "{\"theory\":{\"id\":\"" + theoryId + "\"}}", null);
            apply();
            assertEquals(3, measurements(db, tenantId), "only the third seed ran again, with the theory it refers to");
            assertEquals(0, runs(db, tenantId));

            // another node holds the run: this one leaves it
            leaveRun(db, tenantId, 2, "{\"theory\":{\"id\":\"" + theoryId + "\"}}", "DATE_ADD(UTC_TIMESTAMP(), INTERVAL 1 HOUR)");
            apply();
            assertEquals(3, measurements(db, tenantId), "no seed of a run another node holds");
            assertEquals(1, runs(db, tenantId));

            // a node of the previous release claimed it where V16 kept claims (a roll-out): left to it as well
            update(db, "UPDATE seed_run SET holder = 'an older node', claimed_until = DATE_ADD(UTC_TIMESTAMP(), "
                    + "INTERVAL 1 HOUR) WHERE tenant_id = ?", tenantId);
            update(db, "DELETE FROM scheduled_lease WHERE job = ?", "seed-run:" + tenantId);
            apply();
            assertEquals(3, measurements(db, tenantId), "no seed of a run an older node claims");

            // that node stopped: its claim lapsed, and the next start takes the run over
            update(db, "UPDATE seed_run SET claimed_until = DATE_SUB(UTC_TIMESTAMP(), INTERVAL 1 MINUTE) "
                    + "WHERE tenant_id = ?", tenantId);
            apply();
            assertEquals(4, measurements(db, tenantId));
            assertEquals(0, runs(db, tenantId));
            assertEquals(0, leases(db, tenantId));
        } finally {
            Files.delete(file);
        }
    }

    private static void apply() {
        Api.Reply applied = post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null);
        assertEquals(200, applied.status(), applied.toString());
        assertTrue(applied.json().getJsonArray("problems").isEmpty(), applied.toString());
    }

    /** What a stopped node leaves: its run part-way, and its lease on it when it is held until that time. */
    private static void leaveRun(Connection db, String tenantId, int next, String results, String heldUntil)
            throws SQLException {
        update(db, "DELETE FROM seed_run WHERE tenant_id = ?", tenantId);
        update(db, "DELETE FROM scheduled_lease WHERE job = ?", "seed-run:" + tenantId);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO seed_run (tenant_id, instruments, next_seed, "
                + "results) VALUES (?, 'logbook', ?, ?)")) {
            s.setString(1, tenantId);
            s.setInt(2, next);
            s.setString(3, results);
            s.executeUpdate();
        }
        if (heldUntil != null) {
            update(db, "INSERT INTO scheduled_lease (job, holder, leased_until, runs) VALUES (?, 'another node', "
                    + heldUntil + ", 1)", "seed-run:" + tenantId);
        }
    }

    private static int measurements(Connection db, String tenantId) throws SQLException {
        return Integer.parseInt(one(db, "SELECT COUNT(*) FROM plugin_record WHERE tenant_id = ? "
                + "AND plugin_id = 'logbook' AND kind = 'measurement'", tenantId));
    }

    private static int runs(Connection db, String tenantId) throws SQLException {
        return Integer.parseInt(one(db, "SELECT COUNT(*) FROM seed_run WHERE tenant_id = ?", tenantId));
    }

    private static int leases(Connection db, String tenantId) throws SQLException {
        return Integer.parseInt(one(db, "SELECT COUNT(*) FROM scheduled_lease WHERE job = ?", "seed-run:" + tenantId));
    }

    private static String one(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getString(1);
            }
        }
    }

    private static void update(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.executeUpdate();
        }
    }

    private static final String FILE = """
            {
              "slug": "zaaidorp",
              "name": "Zaaidorp",
              "defaultLocale": "nl-BE",
              "administrators": [ { "email": "admin@zaaidorp.example", "displayName": "Admin Zaaidorp",
                                    "passwordEnv": "BUURTWIJZER_DEMO_PASSWORD" } ],
              "instruments": [ "logbook" ],
              "instrumentData": [
                { "instrument": "logbook", "operation": "save-theory", "as": "theory",
                  "body": { "theory": { "name": "Zorgzaam Zaaidorp", "version": 0,
                    "impact": "Bewoners van Zaaidorp voelen zich minder alleen.",
                    "outcomes": [ { "id": "bereikt", "categoryId": "residents-reached",
                                    "text": "Bewoners bereikt die anders niet bereikt werden." } ],
                    "indicators": [ { "id": "soep", "outcomeId": "bereikt", "what": "bewoners op de buurtsoep",
                                      "unit": "bewoners", "target": 40, "how": "tellen aan de deur",
                                      "frequency": "MONTHLY" } ],
                    "preconditions": [ "Een vaste ontmoetingsplek" ],
                    "activities": [ "Maandelijkse buurtsoep" ] } } },
                { "instrument": "logbook", "operation": "record-measurement",
                  "body": { "theoryId": "${result:theory.id}", "indicatorId": "soep", "date": "2026-01-20",
                            "value": 18, "source": "telling aan de deur" } },
                { "instrument": "logbook", "operation": "record-measurement",
                  "body": { "theoryId": "${result:theory.id}", "indicatorId": "soep", "date": "2026-02-17",
                            "value": 24, "source": "telling aan de deur" } }
              ]
            }
            """;
}
