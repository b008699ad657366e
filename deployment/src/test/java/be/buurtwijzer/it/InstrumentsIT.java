package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM_ADMIN;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.PUBLISHER;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static be.buurtwijzer.it.Demo.STEDEREN_PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real plugin jars loaded by PF4J inside the server: the bundled progress log, and the test plugins
 * that fail at start, need a future platform, or throw and hang in their operations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstrumentsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A fresh municipality with its administrator (email, password), so that tests do not disturb each other. */
    private static String[] freshMunicipality() {
        String slug = "instr-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug)
                .add("name", "Gemeente " + slug).add("defaultLocale", "nl-BE").build()).status());
        String email = "admin@" + slug + ".example";
        String oneTime = post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", email).add("displayName", "Admin").build()).json().getString("oneTimePassword");
        return new String[] {slug, email, Api.activate(email, oneTime)};
    }

    private static Api.Reply as(String[] m, String method, String path, Object body) {
        return Api.send(m[1], m[2], method, "/api/v1/tenants/" + m[0] + path, body);
    }

    @Test
    void subscribeEnableCallDisableReEnableUnsubscribeResubscribe() {
        String[] m = freshMunicipality();
        JsonObject subscribed = as(m, "POST", "/instruments/logbook/subscription", null).json();
        assertTrue(subscribed.getJsonObject("subscription").getBoolean("enabled"), subscribed.toString());

        Api.Reply stored = as(m, "POST", "/instruments/logbook/operations/add-entry",
                "{\"date\":\"2026-02-01\",\"title\":\"Buurtsoep\",\"type\":\"NUMBER\",\"count\":9,\"indicator\":\"bereik\"}");
        assertEquals(200, stored.status(), stored.toString());
        assertEquals("{\"entries\":1,\"numbers\":1,\"stories\":0,\"totalsByIndicator\":{\"bereik\":9}}",
                as(m, "POST", "/instruments/logbook/operations/summary", "{}").body());

        long version = as(m, "GET", "/instruments", null).array().stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("pluginId").equals("logbook")).findFirst().orElseThrow()
                .getJsonObject("subscription").getJsonNumber("version").longValue();
        assertEquals(200, as(m, "PUT", "/instruments/logbook/subscription",
                "{\"enabled\":false,\"version\":" + version + "}").status());
        Api.Reply refused = as(m, "POST", "/instruments/logbook/operations/summary", "{}");
        assertEquals(404, refused.status(), "a disabled instrument cannot be called: " + refused);
        assertEquals(404, as(m, "GET", "/instruments/logbook/records/entry", null).status());

        assertEquals(200, as(m, "PUT", "/instruments/logbook/subscription",
                "{\"enabled\":true,\"version\":" + (version + 1) + "}").status());
        assertEquals(1, as(m, "GET", "/instruments/logbook/records/entry", null).json().getInt("total"),
                "the data came back");

        JsonObject unsubscribed = as(m, "DELETE", "/instruments/logbook/subscription", null).json();
        assertNotNull(unsubscribed.getJsonObject("subscription").getString("retainedUntil"));
        assertEquals(404, as(m, "GET", "/instruments/logbook/records/entry", null).status());
        assertEquals(201, as(m, "POST", "/instruments/logbook/subscription", null).status());
        assertEquals(1, as(m, "GET", "/instruments/logbook/records/entry", null).json().getInt("total"),
                "re-subscribing within the retention period restores the data");

        Api.Reply audit = as(m, "GET", "/audit?entityType=subscription", null);
        assertEquals(5, audit.json().getInt("total"), "subscribe, disable, enable, unsubscribe, subscribe: " + audit);
    }

    @Test
    void recordsHaveVersionsAndPermissions() {
        Api.Reply created = post(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/records/entry",
                "{\"value\":{\"date\":\"2026-05-05\",\"title\":\"Wandeling\",\"type\":\"STORY\"}}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        String path = STEDEREN + "/instruments/logbook/records/entry/" + id;
        Api.Reply updated = Api.put(STEDEREN_COORDINATOR, path,
                "{\"version\":1,\"value\":{\"date\":\"2026-05-05\",\"title\":\"Wandeling met 12\",\"type\":\"STORY\"}}");
        assertEquals(200, updated.status(), updated.toString());
        Api.Reply stale = Api.put(STEDEREN_COORDINATOR, path,
                "{\"version\":1,\"value\":{\"date\":\"2026-05-05\",\"title\":\"Oud\",\"type\":\"STORY\"}}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("Wandeling met 12", get(STEDEREN_PARTNER, path).json().getJsonObject("value").getString("title"));
        assertEquals(403, post(STEDEREN_PARTNER, STEDEREN + "/instruments/logbook/records/entry",
                "{\"value\":{\"date\":\"2026-05-05\",\"title\":\"x\",\"type\":\"STORY\"}}").status());
        assertEquals(403, Api.delete(STEDEREN_PARTNER, path).status());
        Api.Reply badShape = post(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/records/entry",
                "{\"value\":{\"date\":\"not a date\"}}");
        assertEquals(400, badShape.status(), badShape.toString());
        Api.Reply invalid = post(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/operations/add-entry",
                "{\"title\":\"zonder datum\",\"type\":\"STORY\"}");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals("date", invalid.json().getString("field"));
        assertEquals(204, Api.delete(STEDEREN_COORDINATOR, path).status());
        assertEquals(404, get(STEDEREN_COORDINATOR, path).status());
    }

    @Test
    void recordsOperationsAndExportsStayInTheirMunicipality() {
        String id = post(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/records/entry",
                "{\"value\":{\"date\":\"2026-06-06\",\"title\":\"Geheim van Stederen\",\"type\":\"STORY\"}}")
                .json().getString("id");
        // Gemeentegem subscribes too: its own, empty log
        Api.Reply subscribe = post(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/logbook/subscription", null);
        assertTrue(subscribe.status() == 201 || subscribe.status() == 409, subscribe.toString());
        assertEquals(404, get(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/logbook/records/entry/" + id).status());
        assertFalse(Api.okBody(get(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/logbook/records/entry?size=200"))
                .contains("Geheim van Stederen"));
        Api.Reply csv = get(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/logbook/exports/entries-csv");
        assertEquals(200, csv.status());
        assertFalse(csv.body().contains("Geheim van Stederen"));
        Api.Reply summary = post(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/logbook/operations/summary", "{}");
        assertEquals(200, summary.status(), summary.toString());
        assertEquals(0, summary.json().getInt("entries"), "Gemeentegem's own log is empty: " + summary);
        // and through Stederen's address, a non-member gets nothing
        assertEquals(404, get(GEMEENTEGEM_ADMIN, STEDEREN + "/instruments/logbook/records/entry/" + id).status());
        assertEquals(404, get(GEMEENTEGEM_ADMIN, STEDEREN + "/instruments/logbook/exports/entries-csv").status());
        assertTrue(get(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/exports/entries-csv").body()
                .contains("Geheim van Stederen"));
    }

    @Test
    void aPublisherAndAPlatformAdministratorReadNoTenantData() {
        assertEquals(404, get(PUBLISHER, STEDEREN + "/instruments/logbook/records/entry").status());
        assertEquals(404, get(PLATFORM_ADMIN, STEDEREN + "/instruments/logbook/records/entry").status());
        assertEquals(403, get(PUBLISHER, "/api/v1/admin/plugins").status());
    }

    @Test
    void failingAndIncompatiblePluginsAreRefusedWithTheirReason() {
        JsonObject byId = healthById();
        JsonObject failing = byId.getJsonObject("test-failing-start");
        assertEquals("FAILED", failing.getString("state"), failing.toString());
        assertTrue(failing.getString("reason").contains("failing on purpose at start"), failing.toString());
        JsonObject future = byId.getJsonObject("test-future-platform");
        assertEquals("REFUSED", future.getString("state"), future.toString());
        assertTrue(future.getString("reason").contains(">=9.0.0"), future.toString());
        // neither is in anyone's catalogue; the good ones are
        String[] m = freshMunicipality();
        String catalogue = Api.okBody(as(m, "GET", "/instruments", null));
        assertTrue(catalogue.contains("\"logbook\""));
        assertFalse(catalogue.contains("test-failing-start"));
        assertFalse(catalogue.contains("test-future-platform"));
    }

    private static long notes(String[] m) {
        return Json.createReader(new java.io.StringReader(Api.okBody(as(m, "GET", "/instruments/test-faulty/records/note",
                null)))).readObject().getJsonNumber("total").longValue();
    }

    /** An operation that writes several records and then fails keeps none of them, however it fails. */
    @Test
    void anOperationsWritesCommitTogetherOrNotAtAll() throws InterruptedException {
        String[] m = freshMunicipality();
        assertEquals(201, as(m, "POST", "/instruments/test-faulty/subscription", null).status());
        Api.okBody(as(m, "POST", "/instruments/test-faulty/operations/write", "{\"count\":2}"));
        assertEquals(2, notes(m), "a successful operation keeps all its writes");

        Api.Reply afterOne = as(m, "POST", "/instruments/test-faulty/operations/write-then-fail", "{\"count\":1}");
        assertEquals(500, afterOne.status(), afterOne.toString());
        assertEquals(2, notes(m), "failing after its first write keeps nothing");
        Api.Reply afterThree = as(m, "POST", "/instruments/test-faulty/operations/write-then-fail", "{\"count\":3}");
        assertEquals(500, afterThree.status(), afterThree.toString());
        assertEquals(2, notes(m), "failing after its third write keeps nothing");

        Api.Reply refused = as(m, "POST", "/instruments/test-faulty/operations/write-then-refuse", "{\"count\":2}");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("refusing after its writes"), refused.toString());
        assertEquals(2, notes(m), "a refusal after writing keeps nothing");

        // writes at once, then keeps going past the 3 s limit, ignoring the interrupt, and answers at 4.5 s
        Api.Reply late = as(m, "POST", "/instruments/test-faulty/operations/write-too-late",
                "{\"count\":1,\"waitMillis\":4500}");
        assertEquals(504, late.status(), late.toString());
        Thread.sleep(3_000);
        assertEquals(2, notes(m), "an operation stopped at the time limit does not commit when it ends later");
        String audit = Api.okBody(as(m, "GET", "/audit?entityType=record:test-faulty:note", null));
        assertEquals(2, Json.createReader(new java.io.StringReader(audit)).readObject().getJsonNumber("total")
                .longValue(), "audited: only the kept writes: " + audit);
    }

    @Test
    void aThrowingOrHangingOperationIsContainedAndCounted() {
        String[] m = freshMunicipality();
        assertEquals(201, as(m, "POST", "/instruments/test-faulty/subscription", null).status());
        assertEquals(201, as(m, "POST", "/instruments/logbook/subscription", null).status());
        assertEquals("{\"message\":\"hallo\"}", as(m, "POST", "/instruments/test-faulty/operations/echo",
                "{\"message\":\"hallo\"}").body());
        long failuresBefore = healthById().getJsonObject("test-faulty").getJsonNumber("failures").longValue();

        Api.Reply boom = as(m, "POST", "/instruments/test-faulty/operations/boom", "{}");
        assertEquals(500, boom.status(), boom.toString());
        assertTrue(boom.isProblem());
        assertTrue(boom.json().getString("detail").contains("Reference"), boom.toString());
        assertFalse(boom.body().contains("IllegalStateException"), "no internals to the user: " + boom);

        long start = System.nanoTime();
        Api.Reply hang = as(m, "POST", "/instruments/test-faulty/operations/hang", "{}");
        long millis = (System.nanoTime() - start) / 1_000_000L;
        assertEquals(504, hang.status(), hang.toString());
        // the test server sets BUURTWIJZER_PLUGIN_TIMEOUT_SECONDS=3: cut at 3 s, not before, not much after
        assertTrue(millis >= 3_000 && millis < 4_500, "the guard cuts at the configured 3 s: took " + millis + " ms");
        assertTrue(hang.json().getString("detail").contains("3 seconds"), hang.toString());

        Api.Reply export = as(m, "GET", "/instruments/test-faulty/exports/broken", null);
        assertEquals(500, export.status(), export.toString());

        JsonObject faulty = healthById().getJsonObject("test-faulty");
        assertEquals(failuresBefore + 3, faulty.getJsonNumber("failures").longValue(), faulty.toString());
        assertEquals("STARTED", faulty.getString("state"));
        // everything else keeps working
        assertEquals(200, as(m, "POST", "/instruments/logbook/operations/summary", "{}").status());
        assertEquals(200, as(m, "POST", "/instruments/test-faulty/operations/echo", "{\"message\":\"nog\"}").status());
        assertEquals(200, get(STEDEREN_COORDINATOR, STEDEREN + "/instruments").status());
    }

    @Test
    void unknownInstrumentsOperationsAndKindsAreNotFound() {
        String[] m = freshMunicipality();
        assertEquals(404, as(m, "POST", "/instruments/nothing/subscription", null).status());
        assertEquals(201, as(m, "POST", "/instruments/logbook/subscription", null).status());
        assertEquals(409, as(m, "POST", "/instruments/logbook/subscription", null).status());
        assertEquals(404, as(m, "POST", "/instruments/logbook/operations/nothing", "{}").status());
        assertEquals(404, as(m, "GET", "/instruments/logbook/records/nothing", null).status());
        assertEquals(404, as(m, "GET", "/instruments/logbook/exports/nothing", null).status());
        Api.Reply malformed = as(m, "POST", "/instruments/logbook/operations/summary", "{\"year\":");
        assertEquals(400, malformed.status(), malformed.toString());
    }

    private static JsonObject healthById() {
        Api.Reply health = get(PLATFORM_ADMIN, "/api/v1/admin/plugins");
        assertEquals(200, health.status(), health.toString());
        var builder = jakarta.json.Json.createObjectBuilder();
        health.array().getValuesAs(JsonObject.class).forEach(p -> builder.add(p.getString("pluginId"), p));
        return builder.build();
    }
}
