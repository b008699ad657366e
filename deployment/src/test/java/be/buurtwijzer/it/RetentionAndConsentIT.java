package be.buurtwijzer.it;

import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention: the processing register says what each instrument keeps and for how long; a municipality sets
 * its own term within bounds; the purge erases what expired in that municipality only, with its history.
 * Consent: recorded with its wording and version, withdrawn once, never across municipalities.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionAndConsentIT {

    private static final String ENTRY_RETENTION = "personal-data/retention/logbook/entry";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String entry(Municipality m, String title) {
        Api.Reply added = m.asAdmin("POST", "instruments/logbook/operations/add-entry", "{\"date\":\"2026-11-02\","
                + "\"title\":\"" + title + "\",\"text\":\"Verhaal\",\"type\":\"STORY\"}");
        assertEquals(200, added.status(), added.toString());
        return added.json().getString("id");
    }

    private static void age(String recordId, int days) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var ps = db.prepareStatement("UPDATE plugin_record SET updated_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)));
            ps.setString(2, recordId);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static JsonObject line(Municipality m, String plugin, String kind) {
        Api.Reply register = m.asAdmin("GET", "personal-data/processing-register", null);
        assertEquals(200, register.status(), register.toString());
        return register.array().getValuesAs(JsonObject.class).stream().filter(l -> plugin.equals(l.getString("pluginId",
                null)) && kind.equals(l.getString("kind"))).findFirst().orElseThrow(() -> new AssertionError(register));
    }

    @Test
    void aMunicipalitysOwnRetentionPurgesItsExpiredRecordsOnlyWithTheirHistory() throws SQLException {
        Municipality a = Municipality.fresh("reta");
        Municipality b = Municipality.fresh("retb");
        a.subscribe("logbook");
        b.subscribe("logbook");
        String oldA = entry(a, "Oud");
        String newA = entry(a, "Nieuw");
        String oldB = entry(b, "Oud");
        age(oldA, 50);
        age(oldB, 50);

        JsonObject declared = line(a, "logbook", "entry");
        assertTrue(declared.getInt("declaredDays") >= 1826, "five years declared: " + declared);
        assertEquals("PUBLIC_TASK", declared.getString("legalBasis"));
        assertEquals(2, declared.getInt("records"));
        assertFalse(declared.containsKey("overrideDays") && !declared.isNull("overrideDays"));

        for (int days : new int[] {0, 29, 3651, -1}) {
            Api.Reply refused = a.asAdmin("PUT", ENTRY_RETENTION, "{\"days\":" + days + "}");
            assertEquals(400, refused.status(), days + ": " + refused);
            assertEquals("days", refused.json().getString("field"));
        }
        assertEquals(404, a.asAdmin("PUT", "personal-data/retention/logbook/nothing", "{\"days\":40}").status());
        assertEquals(404, a.asAdmin("PUT", "personal-data/retention/activity-packages/plan", "{\"days\":40}").status(),
                "an instrument the municipality does not use");
        Api.Reply set = a.asAdmin("PUT", ENTRY_RETENTION, "{\"days\":40}");
        assertEquals(200, set.status(), set.toString());
        assertEquals(40, set.json().getInt("overrideDays"));
        assertEquals(40, set.json().getInt("effectiveDays"));

        Api.Reply notPlatform = Api.send(a.admin(), a.adminPassword(), "POST", "/api/v1/admin/retention/purge", null);
        assertEquals(403, notPlatform.status(), "only a platform administrator runs the purge by hand");
        Api.Reply purged = Api.post(PLATFORM_ADMIN, "/api/v1/admin/retention/purge", null);
        assertEquals(200, purged.status(), purged.toString());
        assertTrue(purged.json().getInt("purged") >= 1);

        assertEquals(404, a.asAdmin("GET", "instruments/logbook/records/entry/" + oldA, null).status(), "expired: gone");
        assertEquals(200, a.asAdmin("GET", "instruments/logbook/records/entry/" + newA, null).status());
        assertEquals(200, b.asAdmin("GET", "instruments/logbook/records/entry/" + oldB, null).status(),
                "A's own term does not reach B, where five years hold");
        var history = a.asAdmin("GET", "audit?entityId=" + oldA, null).items().getValuesAs(JsonObject.class);
        assertFalse(history.isEmpty());
        history.forEach(e -> assertTrue(e.getJsonObject("changes").isEmpty(), "its history keeps no content: " + e));
        assertEquals(1, a.asAdmin("GET", "audit?entityType=retention", null).items().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("action").equals("ERASE")).count());
        assertEquals(200, Api.post(PLATFORM_ADMIN, "/api/v1/admin/retention/purge", null).status());
        assertEquals(200, a.asAdmin("GET", "instruments/logbook/records/entry/" + newA, null).status(),
                "running it again takes nothing that has not expired");

        Api.Reply reset = a.asAdmin("DELETE", ENTRY_RETENTION, null);
        assertEquals(200, reset.status(), reset.toString());
        assertTrue(!reset.json().containsKey("overrideDays") || reset.json().isNull("overrideDays"));
    }

    @Test
    void theProcessingRegisterOpensInBelgianExcelAndOnlyTheAdministratorSeesIt() {
        Municipality m = Municipality.fresh("retc");
        m.subscribe("logbook");
        m.subscribe("spiderweb");
        Api.Reply csv = m.asAdmin("GET", "personal-data/processing-register?format=csv", null);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFBron;Persoonsgegevens;"), csv.body());
        assertTrue(csv.body().contains("taak van algemeen belang (e)"), "legal basis in Dutch: " + csv.body());
        assertTrue(csv.body().contains("zolang het instrument gebruikt wordt"), "the spider web keeps while used");
        String coordinator = "coordinator@" + m.slug() + ".example";
        String password = m.member(coordinator, "COORDINATOR");
        assertEquals(403, Api.send(coordinator, password, "GET", m.base() + "/personal-data/processing-register", null)
                .status());
        assertEquals(403, Api.send(coordinator, password, "PUT", m.base() + "/" + ENTRY_RETENTION, "{\"days\":40}")
                .status());
    }

    @Test
    void aConsentIsRecordedWithItsWordingWithdrawnOnceAndNeverReachedFromAnotherMunicipality() {
        Municipality a = Municipality.fresh("cona");
        Municipality b = Municipality.fresh("conb");
        String coordinator = "coordinator@" + a.slug() + ".example";
        String password = a.member(coordinator, "COORDINATOR");
        String body = "{\"purpose\":\"foto-s-in-verslagen\",\"name\":\"Mariette Claes\",\"wording\":\"Ik geef toestemming "
                + "om foto's van mij te gebruiken in verslagen van de gemeente.\",\"wordingVersion\":\"2026-1\"}";
        Api.Reply given = Api.send(coordinator, password, "POST", a.base() + "/consents", body);
        assertEquals(201, given.status(), given.toString());
        String id = given.json().getString("id");
        assertTrue(given.json().getBoolean("active"));
        assertEquals(coordinator, given.json().getString("recordedBy"));

        assertEquals(404, b.asAdmin("POST", a.base() + "/consents/" + id + "/withdrawal", null).status());
        assertEquals(404, b.asAdmin("POST", "consents/" + id + "/withdrawal", null).status(), "not B's consent");
        assertEquals(0, b.asAdmin("GET", "consents", null).array().size());

        Api.Reply withdrawn = a.asAdmin("POST", "consents/" + id + "/withdrawal", null);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertFalse(withdrawn.json().getBoolean("active"));
        String at = withdrawn.json().getString("withdrawnAt");
        Api.Reply again = a.asAdmin("POST", "consents/" + id + "/withdrawal", null);
        assertEquals(at, again.json().getString("withdrawnAt"), "withdrawing twice changes nothing");
        assertEquals(1, a.asAdmin("GET", "consents?purpose=foto-s-in-verslagen", null).array().size(),
                "the withdrawn consent stays as proof");
        var trail = a.asAdmin("GET", "audit?entityType=consent", null);
        assertEquals(2, trail.items().size(), trail.toString());
        assertFalse(trail.body().contains("Mariette"), "the audit trail says what, not about whom");

        for (String bad : new String[] {"{}", body.replace("foto-s-in-verslagen", "Foto's"),
                body.replace("\"2026-1\"", "\"\""), body.replace("Mariette Claes", "")}) {
            Api.Reply refused = a.asAdmin("POST", "consents", bad);
            assertEquals(400, refused.status(), bad + ": " + refused);
            assertTrue(refused.isProblem());
        }
        assertEquals(400, a.asAdmin("POST", "consents", body.replace("}", ",\"actorId\":\"" + id + "\"}")).status(),
                "an actor that is not in the register");
        String partner = "partner@" + a.slug() + ".example";
        String partnerPassword = a.member(partner, "PARTNER");
        assertEquals(403, Api.send(partner, partnerPassword, "POST", a.base() + "/consents", body).status());
    }
}
