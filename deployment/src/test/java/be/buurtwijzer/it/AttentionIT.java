package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The home page's "needs attention" and colleagues' recent work, through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttentionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static List<JsonObject> items(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    void theInstrumentsWarningsAreListedForTheMunicipalitysMembersOnly() {
        Municipality m = Municipality.fresh("attention");
        assertEquals(List.of(), items(m.asAdmin("GET", "attention", null)), "nothing enabled, nothing asked");

        m.subscribe("typology");
        assertEquals(List.of(), items(m.asAdmin("GET", "attention", null)), "an empty register asks nothing");
        assertEquals(201, m.asAdmin("POST", "initiatives", "{\"name\":\"Repair café\",\"status\":\"IDEA\"}").status());
        assertEquals(201, m.asAdmin("POST", "initiatives", "{\"name\":\"Wandelgroep\",\"status\":\"IDEA\"}").status());

        List<JsonObject> asked = items(m.asAdmin("GET", "attention", null));
        assertEquals(1, asked.size(), asked.toString());
        assertEquals("typology", asked.get(0).getString("instrument"));
        assertEquals("2 initiatives are not classified yet.", asked.get(0).getString("message"));
        assertEquals("initiatives", asked.get(0).getString("route"), "the page where it is acted on");

        String partner = "partner@" + m.slug() + ".example";
        String password = m.member(partner, "PARTNER");
        assertEquals(asked, items(Api.send(partner, password, "GET", m.base() + "/attention", null)),
                "a partner may read the instrument, so sees what it warns about");

        long version = m.subscription("typology").getJsonNumber("version").longValue();
        assertEquals(200, m.asAdmin("PUT", "instruments/typology/subscription", "{\"enabled\":false,\"version\":"
                + version + "}").status());
        assertEquals(List.of(), items(m.asAdmin("GET", "attention", null)), "a disabled instrument says nothing");

        Municipality other = Municipality.fresh("attention-other");
        Api.Reply foreign = Api.send(other.admin(), other.adminPassword(), "GET", m.base() + "/attention", null);
        assertEquals(404, foreign.status(), foreign.toString());
        assertTrue(foreign.isProblem(), foreign.toString());
    }

    @Test
    void coordinatorsSeeColleaguesWorkButNotTheAdministration() {
        Municipality m = Municipality.fresh("recent-work");
        String coordinator = "coordinator@" + m.slug() + ".example";
        String coordinatorPassword = m.member(coordinator, "COORDINATOR");
        String partner = "partner@" + m.slug() + ".example";
        String partnerPassword = m.member(partner, "PARTNER");
        assertEquals(201, m.asAdmin("POST", "neighbourhoods", "{\"name\":\"De Linde\",\"kind\":\"LIVED\"}").status());

        List<JsonObject> work = items(Api.send(coordinator, coordinatorPassword, "GET", m.base()
                + "/audit/recent-work", null));
        assertEquals(List.of("neighbourhood"), work.stream().map(e -> e.getString("entityType")).toList(),
                "the neighbourhood, not the two new members: " + work);
        assertEquals(m.admin(), work.get(0).getString("actorEmail"));
        assertFalse(m.asAdmin("GET", "audit?entityType=member", null).json().getJsonArray("items").isEmpty(),
                "the members are in the administrator's trail");

        assertEquals(403, Api.send(coordinator, coordinatorPassword, "GET", m.base() + "/audit", null).status(),
                "the whole trail stays the administrator's");
        Api.Reply partnerAsks = Api.send(partner, partnerPassword, "GET", m.base() + "/audit/recent-work", null);
        assertEquals(403, partnerAsks.status(), partnerAsks.toString());
        Api.Reply nonsense = Api.send(coordinator, coordinatorPassword, "GET", m.base() + "/audit/recent-work?size=veel",
                null);
        assertEquals(400, nonsense.status(), nonsense.toString());
        assertTrue(nonsense.isProblem() && nonsense.json().getString("detail").contains("size"), nonsense.toString());
        assertEquals(400, Api.send(coordinator, coordinatorPassword, "GET", m.base() + "/audit/recent-work?size=5000",
                null).status());

        Municipality other = Municipality.fresh("recent-work-other");
        assertEquals(404, Api.send(other.admin(), other.adminPassword(), "GET", m.base() + "/audit/recent-work", null)
                .status());
    }

    @Test
    void anInstrumentsRecordsShowInRecentWorkOnlyWhileTheInstrumentIsOn() {
        Municipality m = Municipality.fresh("recent-records");
        m.subscribe("typology");
        String coordinator = "coordinator@" + m.slug() + ".example";
        String password = m.member(coordinator, "COORDINATOR");
        String id = m.asAdmin("POST", "initiatives", "{\"name\":\"Buurtpunt\",\"status\":\"RUNNING\"}").json()
                .getString("id");
        Api.Reply saved = m.asAdmin("POST", "instruments/typology/operations/save-answers", "{\"initiativeId\":\"" + id
                + "\",\"goals\":[\"MEETING\"],\"drivers\":[\"NEIGHBOURS\"],\"lead\":\"CITIZENS\","
                + "\"professionalAreas\":[],\"scale\":\"LIVED_NEIGHBOURHOOD\"}");
        assertEquals(200, saved.status(), saved.toString());

        List<String> seen = items(Api.send(coordinator, password, "GET", m.base() + "/audit/recent-work?size=10", null))
                .stream().map(e -> e.getString("entityType")).toList();
        assertTrue(seen.stream().anyMatch(t -> t.startsWith("record:typology:")), seen.toString());
        assertTrue(seen.contains("initiative"), seen.toString());

        long version = m.subscription("typology").getJsonNumber("version").longValue();
        assertEquals(200, m.asAdmin("PUT", "instruments/typology/subscription", "{\"enabled\":false,\"version\":"
                + version + "}").status());
        List<String> off = items(Api.send(coordinator, password, "GET", m.base() + "/audit/recent-work?size=10", null))
                .stream().map(e -> e.getString("entityType")).toList();
        assertEquals(List.of("initiative"), off, "a disabled instrument's records (and their content) are not shown");
    }
}
