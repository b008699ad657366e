package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The probes of the security review, as a client sends them: numbers and JSON read strictly, text
 * without control characters, raw record writes held to each instrument's rules, and a stored
 * document a plugin cannot read costing only that document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static void refused(String field, Api.Reply reply) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals(field, reply.json().getString("field"), reply.toString());
    }

    @Test
    void numbersTypesDuplicatesAndTrailingContentAreRefusedNamingTheField() {
        Municipality m = Municipality.fresh("strict");
        m.subscribe("logbook");
        m.subscribe("spiderweb");
        String ops = "instruments/logbook/operations/";
        refused("count", m.asAdmin("POST", ops + "add-entry", "{\"date\":\"2026-03-01\",\"title\":\"x\","
                + "\"type\":\"NUMBER\",\"count\":100000000000000000000000000000}"));
        refused("count", m.asAdmin("POST", ops + "add-entry", "{\"date\":\"2026-03-01\",\"title\":\"x\","
                + "\"type\":\"NUMBER\",\"count\":-1e2000}"));
        refused("title", m.asAdmin("POST", ops + "add-entry", "{\"date\":\"2026-03-01\",\"title\":12,\"type\":\"STORY\"}"));
        refused("title", m.asAdmin("POST", ops + "add-entry", "{\"date\":\"2026-03-01\",\"title\":\"a\",\"title\":\"b\","
                + "\"type\":\"STORY\"}"));
        refused("body", m.asAdmin("POST", ops + "add-entry", "{\"date\":\"2026-03-01\",\"title\":\"a\",\"type\":\"STORY\"}"
                + " {\"more\":1}"));
        refused("placements[0]", m.asAdmin("POST", "instruments/spiderweb/operations/save-web",
                "{\"name\":\"x\",\"placements\":[null]}"));
        long version = m.subscription("logbook").getJsonNumber("version").longValue();
        refused("enabled", m.asAdmin("PUT", "instruments/logbook/subscription", "{\"enabled\":\"yes\",\"version\":"
                + version + "}"));
        assertTrue(m.subscription("logbook").getBoolean("enabled"), "\"yes\" did not disable the instrument");
        refused("version", m.asAdmin("PUT", "settings", "{\"name\":\"x\",\"defaultLocale\":\"nl-BE\","
                + "\"version\":9223372036854775808}"));
        assertEquals(0, m.asAdmin("POST", ops + "summary", "{}").json().getInt("entries"), "nothing stored");
    }

    @Test
    void controlCharactersAreRefusedInEveryTextAndTextIsKeptInNfc() {
        Municipality m = Municipality.fresh("strict");
        for (String bad : new String[] {"\\u0000", "\\u001b[2J", "\\u202e", "\\u200b", "\\ufeff"}) {
            refused("name", m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Buurt" + bad + "\",\"kind\":\"LIVED\"}"));
            refused("contact.person", m.asAdmin("POST", "actors", "{\"name\":\"A" + UUID.randomUUID()
                    + "\",\"kind\":\"OTHER\",\"sector\":\"OTHER\",\"contact\":{\"person\":\"Jan" + bad + "\"}}"));
        }
        Api.Reply composed = m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Cafe\\u0301buurt\",\"kind\":\"LIVED\"}");
        assertEquals(201, composed.status(), composed.toString());
        assertEquals("Cafébuurt", composed.json().getString("name"), "stored in NFC");
        assertEquals(409, m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Cafébuurt\",\"kind\":\"LIVED\"}").status(),
                "the same name in another normal form is the same name");
    }

    @Test
    void rawRecordWritesPassTheInstrumentsRules() {
        Municipality m = Municipality.fresh("strict");
        m.subscribe("spiderweb");
        String records = "instruments/spiderweb/records/web";
        refused("value.name", m.asAdmin("POST", records, "{\"value\":{}}"));
        refused("value.factors", m.asAdmin("POST", records, "{\"value\":{\"name\":\"W\",\"state\":{\"placements\":[],"
                + "\"factors\":[{\"factorId\":\"lack-of-time\",\"score\":9}]}}}"));
        Api.Reply good = m.asAdmin("POST", records, "{\"value\":{\"name\":\"W\",\"kind\":\"CHALLENGE\",\"state\":{}}}");
        assertEquals(201, good.status(), good.toString());
        refused("value.name", m.asAdmin("PUT", records + "/" + good.json().getString("id"), "{\"version\":"
                + good.json().getJsonNumber("version") + ",\"value\":{\"name\":\"\",\"state\":{}}}"));
        assertEquals(1, m.asAdmin("POST", "instruments/spiderweb/operations/webs", "{}").array().size(),
                "the list works for everyone");
    }

    /**
     * A document stored before the rules (or by a faulty plugin) that the plugin cannot read is left
     * out of the answer and reported in the plugin's health; the rest of the call works.
     */
    @Test
    void anUnreadableStoredDocumentCostsOnlyItself() throws Exception {
        Municipality m = Municipality.fresh("strict");
        m.subscribe("spiderweb");
        assertEquals(200, m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"name\":\"Goed web\"}")
                .status());
        String badId = UUID.randomUUID().toString();
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var insert = db.prepareStatement("INSERT INTO plugin_record (id, tenant_id, plugin_id, kind, "
                        + "schema_version, document, created_at, created_by, updated_at, updated_by, version) "
                        + "SELECT ?, id, 'spiderweb', 'web', 1, ?, NOW(6), 'legacy', NOW(6), 'legacy', 1 FROM tenant "
                        + "WHERE slug = ?")) {
            insert.setString(1, badId);
            insert.setString(2, "{\"name\":null,\"state\":{\"placements\":[{\"actorId\":null}]}}");
            insert.setString(3, m.slug());
            assertEquals(1, insert.executeUpdate());
        }
        Api.Reply webs = m.asAdmin("POST", "instruments/spiderweb/operations/webs", "{}");
        assertEquals(200, webs.status(), webs.toString());
        assertEquals(1, webs.array().size(), "the good web is listed, the broken one left out: " + webs);
        assertEquals("Goed web", webs.array().getJsonObject(0).getString("name"));
        assertEquals(404, m.asAdmin("POST", "instruments/spiderweb/operations/web", object().add("webId", badId).build())
                .status());
        assertTrue(Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/plugins").body().contains(badId),
                "the platform administrators see which document");
    }
}
