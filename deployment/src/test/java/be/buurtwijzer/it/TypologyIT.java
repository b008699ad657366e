package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM_COORDINATOR;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static be.buurtwijzer.it.Demo.STEDEREN_PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The typology instrument through the REST API: classify, override, portfolio, exports, roles and isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TypologyIT {

    private static final String OPS = STEDEREN + "/instruments/typology/operations/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @org.junit.jupiter.api.BeforeAll
    static void demoDataIsIn() {
        Demo.awaitInstrumentData();
    }

    private static String newInitiative(String name) {
        Api.Reply created = post(STEDEREN_COORDINATOR, STEDEREN + "/initiatives", Api.object().add("name", name)
                .add("status", "IDEA").build());
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    private static String answers(String id, String goals, String drivers, String lead, String areas, String scale) {
        return "{\"initiativeId\":\"" + id + "\",\"goals\":[" + goals + "],\"drivers\":[" + drivers + "],\"lead\":\""
                + lead + "\",\"professionalAreas\":[" + areas + "],\"scale\":\"" + scale + "\"}";
    }

    @Test
    void aCoordinatorClassifiesDisagreesWithAReasonAndTheHistoryIsKept() {
        String id = newInitiative("Zorgzame straat " + UUID.randomUUID().toString().substring(0, 6));
        Api.Reply saved = post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(id, "\"SMALL_HELP\",\"MEETING\"",
                "\"NEIGHBOURS\",\"VOLUNTEERS\"", "CITIZENS", "", "LIVED_NEIGHBOURHOOD"));
        assertEquals(200, saved.status(), saved.toString());

        Api.Reply proposal = post(STEDEREN_COORDINATOR, OPS + "classify", "{\"initiativeId\":\"" + id + "\"}");
        assertEquals(200, proposal.status(), proposal.toString());
        assertEquals("WARM_NEIGHBOUR", proposal.json().getString("type"));
        assertFalse(proposal.json().getBoolean("mixed"));
        assertTrue(proposal.json().getString("summary").startsWith("Voorstel: warm en zorgzaam bureninitiatief"),
                "Dutch by default: " + proposal);
        assertEquals(4, proposal.json().getJsonArray("criteria").size(), "goal, drivers, area and the own scale");

        Api.Reply noReason = post(STEDEREN_COORDINATOR, OPS + "decide", "{\"initiativeId\":\"" + id
                + "\",\"type\":\"CARING_NEIGHBOURHOOD\"}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.isProblem());
        assertEquals("reason", noReason.json().getString("field"));
        assertEquals(0, post(STEDEREN_COORDINATOR, OPS + "profile", "{\"initiativeId\":\"" + id + "\"}").json()
                .getJsonArray("history").size(), "a refused decision changes nothing");

        long version = saved.json().getJsonNumber("version").longValue();
        Api.Reply accepted = post(STEDEREN_COORDINATOR, OPS + "decide", "{\"initiativeId\":\"" + id + "\",\"version\":"
                + version + "}");
        assertEquals(200, accepted.status(), accepted.toString());
        Api.Reply stale = post(STEDEREN_COORDINATOR, OPS + "decide", "{\"initiativeId\":\"" + id
                + "\",\"type\":\"CARING_NEIGHBOURHOOD\",\"reason\":\"Op een oude versie.\",\"version\":" + version + "}");
        assertEquals(409, stale.status(), "a decision on a version someone else changed is refused: " + stale);
        assertEquals("version", stale.json().getString("field"));
        Api.Reply overridden = post(STEDEREN_COORDINATOR, OPS + "decide", "{\"initiativeId\":\"" + id
                + "\",\"type\":\"CARING_NEIGHBOURHOOD\",\"reason\":\"De buurtwerker trekt intussen mee.\",\"version\":"
                + accepted.json().getJsonNumber("version").longValue() + "}");
        assertEquals(200, overridden.status(), overridden.toString());
        var history = overridden.json().getJsonArray("history");
        assertEquals(2, history.size());
        JsonObject last = history.getJsonObject(1);
        assertEquals("WARM_NEIGHBOUR", last.getString("proposed"));
        assertEquals("CARING_NEIGHBOURHOOD", last.getString("chosen"));
        assertTrue(last.getBoolean("overridden"));
        assertEquals("De buurtwerker trekt intussen mee.", last.getString("reason"));
        assertFalse(history.getJsonObject(0).getBoolean("overridden"));
    }

    /** A tie is shown as a tie and the coordinator chooses; meeting alone is never proposed as care. */
    @Test
    void aTieIsATieThroughTheApiAndTheGoalWeighsMost() {
        String id = newInitiative("Gelijke stand " + UUID.randomUUID().toString().substring(0, 6));
        Api.Reply saved = post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(id, "\"MEETING\",\"CARE_AND_SUPPORT\"",
                "\"NEIGHBOURS\",\"PROFESSIONALS\"", "CITIZENS", "\"MUNICIPALITY\"", "GEOGRAPHIC_NEIGHBOURHOOD"));
        assertEquals(200, saved.status(), saved.toString());
        JsonObject tie = post(STEDEREN_COORDINATOR, OPS + "classify", "{\"initiativeId\":\"" + id + "\"}").json();
        assertTrue(!tie.containsKey("type") || tie.isNull("type"), tie.toString());
        assertEquals(2, tie.getJsonArray("tiedWith").size(), tie.toString());
        assertTrue(tie.getString("summary").startsWith("Gelijke stand tussen"), tie.toString());
        long version = saved.json().getJsonNumber("version").longValue();
        Api.Reply unchosen = post(STEDEREN_COORDINATOR, OPS + "decide", "{\"initiativeId\":\"" + id + "\",\"version\":"
                + version + "}");
        assertEquals(400, unchosen.status(), "a tie is not settled by the tool: " + unchosen);
        assertEquals("type", unchosen.json().getString("field"));
        Api.Reply chosen = post(STEDEREN_COORDINATOR, OPS + "decide", "{\"initiativeId\":\"" + id
                + "\",\"type\":\"NEIGHBOURHOOD_CARE\",\"version\":" + version + "}");
        assertEquals(200, chosen.status(), "choosing one of the tied types needs no reason: " + chosen);
        JsonObject decision = chosen.json().getJsonArray("history").getJsonObject(0);
        assertFalse(decision.getBoolean("overridden"));
        assertEquals(2, decision.getJsonArray("tiedWith").size());

        String meeting = newInitiative("Ontmoeting " + UUID.randomUUID().toString().substring(0, 6));
        assertEquals(200, post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(meeting, "\"MEETING\"",
                "\"PROFESSIONALS\"", "PROFESSIONALS", "\"MUNICIPALITY\"", "MUNICIPALITY")).status());
        JsonObject proposal = post(STEDEREN_COORDINATOR, OPS + "classify", "{\"initiativeId\":\"" + meeting + "\"}")
                .json();
        assertTrue(!"NEIGHBOURHOOD_CARE".equals(proposal.getString("type", "")), proposal.toString());
        assertTrue(proposal.getBoolean("mixed"), "the rest points to care, and the summary says so: " + proposal);
    }

    @Test
    void badAnswersAreRefusedWithTheFieldAndChangeNothing() {
        String id = newInitiative("Onvolledig " + UUID.randomUUID().toString().substring(0, 6));
        Api.Reply noGoal = post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(id, "", "\"PROFESSIONALS\"",
                "PROFESSIONALS", "\"MUNICIPALITY\"", "MUNICIPALITY"));
        assertEquals(400, noGoal.status(), noGoal.toString());
        assertEquals("goals", noGoal.json().getString("field"));
        Api.Reply unknownScale = post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(id, "\"MEETING\"",
                "\"NEIGHBOURS\"", "CITIZENS", "", "STREET"));
        assertEquals(400, unknownScale.status(), unknownScale.toString());
        assertTrue(unknownScale.isProblem());
        Api.Reply selfLink = post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(id, "\"MEETING\"",
                "\"NEIGHBOURS\"", "CITIZENS", "", "LIVED_NEIGHBOURHOOD").replace("}", ",\"links\":[\"" + id + "\"]}"));
        assertEquals(400, selfLink.status(), selfLink.toString());
        assertEquals("links", selfLink.json().getString("field"));
        Api.Reply unknown = post(STEDEREN_COORDINATOR, OPS + "classify", "{\"initiativeId\":\"no-such-initiative\"}");
        assertEquals(404, unknown.status(), unknown.toString());
        Api.Reply notAnswered = post(STEDEREN_COORDINATOR, OPS + "classify", "{\"initiativeId\":\"" + id + "\"}");
        assertEquals(400, notAnswered.status(), "nothing was stored, so there is nothing to classify: " + notAnswered);
    }

    @Test
    void thePortfolioShowsTheDemoWithItsWarningsAndExports() {
        Api.Reply portfolio = post(STEDEREN_PARTNER, OPS + "portfolio", "{}");
        assertEquals(200, portfolio.status(), portfolio.toString());
        assertTrue(portfolio.json().getJsonObject("byType").getInt("NEIGHBOURHOOD_CARE") >= 2, portfolio.toString());
        assertTrue(portfolio.body().contains("SCALE_GAP"), "home care at lived-neighbourhood scale by regional "
                + "professionals: " + portfolio);
        Api.Reply csv = get(STEDEREN_PARTNER, STEDEREN + "/instruments/typology/exports/portfolio-csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().contains("Zorgwijkoverleg Stederen;;buurtgericht zorginitiatief"), csv.body());
        Api.Reply svg = get(STEDEREN_PARTNER, STEDEREN + "/instruments/typology/exports/portfolio-svg");
        assertEquals(200, svg.status());
        assertTrue(svg.body().contains("<svg") && svg.body().contains("Stad Stederen"), svg.body());
    }

    @Test
    void aPartnerReadsButDoesNotClassify() {
        String id = newInitiative("Alleen lezen " + UUID.randomUUID().toString().substring(0, 6));
        Api.Reply refused = post(STEDEREN_PARTNER, OPS + "save-answers", answers(id, "\"MEETING\"", "\"NEIGHBOURS\"",
                "CITIZENS", "", "LIVED_NEIGHBOURHOOD"));
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(403, post(STEDEREN_PARTNER, OPS + "decide", "{\"initiativeId\":\"" + id + "\"}").status());
        assertEquals(403, post(STEDEREN_PARTNER, STEDEREN + "/instruments/typology/records/profile",
                "{\"value\":{\"initiativeId\":\"" + id + "\"}}").status(), "raw writes are for administrators");
    }

    @Test
    void anotherMunicipalityNeverSeesOrTouchesStederensTypology() {
        String id = newInitiative("Geheim initiatief " + UUID.randomUUID().toString().substring(0, 6));
        assertEquals(200, post(STEDEREN_COORDINATOR, OPS + "save-answers", answers(id, "\"MEETING\"", "\"NEIGHBOURS\"",
                "CITIZENS", "", "LIVED_NEIGHBOURHOOD")).status());
        String gem = GEMEENTEGEM + "/instruments/typology/";
        // Stederen's initiative does not exist in Gemeentegem's register
        assertEquals(404, post(GEMEENTEGEM_COORDINATOR, gem + "operations/classify", "{\"initiativeId\":\"" + id + "\"}")
                .status());
        assertEquals(404, post(GEMEENTEGEM_COORDINATOR, gem + "operations/save-answers", answers(id, "\"MEETING\"",
                "\"NEIGHBOURS\"", "CITIZENS", "", "LIVED_NEIGHBOURHOOD")).status());
        Api.Reply theirs = post(GEMEENTEGEM_COORDINATOR, gem + "operations/portfolio", "{}");
        assertEquals(200, theirs.status(), theirs.toString());
        assertFalse(theirs.body().contains("Geheim initiatief"));
        assertTrue(theirs.body().contains("Buurtplatform De Leefhoek"), "Gemeentegem's own demo: " + theirs);
        assertFalse(Api.okBody(get(GEMEENTEGEM_COORDINATOR, gem + "exports/portfolio-csv")).contains("Geheim initiatief"));
        assertFalse(Api.okBody(get(GEMEENTEGEM_COORDINATOR, gem + "records/profile?size=200")).contains(id));
        // and through Stederen's address a non-member gets nothing
        for (String op : new String[] {"classify", "portfolio", "profile", "save-answers", "decide"}) {
            assertEquals(404, post(GEMEENTEGEM_COORDINATOR, OPS + op, "{\"initiativeId\":\"" + id + "\"}").status(), op);
        }
        assertEquals(404, get(GEMEENTEGEM_COORDINATOR, STEDEREN + "/instruments/typology/exports/portfolio-svg")
                .status());
        assertEquals(404, get(GEMEENTEGEM_COORDINATOR, STEDEREN + "/instruments/typology/exports/portfolio-csv")
                .status());
    }
}
