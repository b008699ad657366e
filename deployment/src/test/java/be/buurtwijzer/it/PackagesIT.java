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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The activity-packages planner through the REST API: the seed's plans, proposal, bad input, roles, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackagesIT {

    private static final String OPS = STEDEREN + "/instruments/activity-packages/operations/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void demoDataIsIn() {
        Demo.awaitInstrumentData();
    }

    private static String planId(String user, String base, String challenge) {
        return post(user, base + "/instruments/activity-packages/operations/plans", "{}").array().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getString("challenge").equals(challenge)).findFirst()
                .orElseThrow().getString("id");
    }

    private static JsonObject named(JsonObject analysis, String name) {
        return analysis.getJsonArray("packages").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSeedsPlansComeOutAsTheSeedSays() {
        JsonObject maria = post(STEDEREN_PARTNER, OPS + "plan", "{\"planId\":\"" + planId(STEDEREN_PARTNER, STEDEREN,
                "Maria blijft thuis wonen") + "\"}").json().getJsonObject("analysis");
        JsonObject kine = named(maria, "Kine en aanpassingen");
        assertEquals("MUNICIPALITY", kine.getString("idealScale"));
        assertEquals("CARRY_OUT_TOGETHER", kine.getString("intensityTo"));
        assertEquals("DECENTRAL", kine.getString("coordination"));
        String gemId = planId(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM, "Armoede van Stederen naar De Leefhoek");
        JsonObject poverty = post(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM
                + "/instruments/activity-packages/operations/plan", "{\"planId\":\"" + gemId + "\"}").json()
                .getJsonObject("analysis");
        assertEquals("HIERARCHICAL", named(poverty, "Uitwisseling en afstemming").getString("coordination"));
        assertEquals("LOCAL_REGION", named(poverty, "Uitwisseling en afstemming").getString("idealScale"));
        assertEquals("DECENTRAL", named(poverty, "Concrete krachtenbundelingen").getString("coordination"));
        assertEquals("LIVED_NEIGHBOURHOOD", named(poverty, "Concrete krachtenbundelingen").getString("idealScale"));
        assertEquals("[\"STRATEGIC\"]", poverty.getJsonArray("between").getJsonObject(0).getJsonArray("mutualAgreement")
                .toString());
    }

    @Test
    void aCoordinatorPlansGetsTheSameProposalTwiceAndAppliesIt() {
        String body = "{\"challenge\":\"Eenzaamheid " + UUID.randomUUID().toString().substring(0, 6) + "\",\"activities\":["
                + "{\"id\":\"a\",\"name\":\"Buurtbabbel\",\"idealScale\":\"LIVED_NEIGHBOURHOOD\"},"
                + "{\"id\":\"b\",\"name\":\"Huisbezoek\",\"idealScale\":\"GEOGRAPHIC_NEIGHBOURHOOD\"},"
                + "{\"id\":\"c\",\"name\":\"Vervoer\",\"idealScale\":\"MUNICIPALITY\"},"
                + "{\"id\":\"d\",\"name\":\"Mobiliteitsplan\",\"idealScale\":\"LOCAL_REGION\"}],"
                + "\"links\":[{\"from\":\"a\",\"to\":\"b\",\"strength\":\"STRONG\"},"
                + "{\"from\":\"c\",\"to\":\"d\",\"strength\":\"STRONG\"},{\"from\":\"b\",\"to\":\"c\",\"strength\":\"WEAK\"}]}";
        Api.Reply saved = post(STEDEREN_COORDINATOR, OPS + "save-plan", body);
        assertEquals(200, saved.status(), saved.toString());
        String id = saved.json().getString("id");
        Api.Reply first = post(STEDEREN_PARTNER, OPS + "propose", "{\"planId\":\"" + id + "\"}");
        assertEquals(200, first.status(), first.toString());
        assertEquals(first.body(), post(STEDEREN_PARTNER, OPS + "propose", "{\"planId\":\"" + id + "\"}").body(),
                "the same plan gets the same proposal");
        assertEquals(2, first.json().getJsonArray("packages").size(), first.toString());
        assertTrue(first.json().getJsonNumber("modularity").doubleValue() > 0.2);
        Api.Reply stale = post(STEDEREN_COORDINATOR, OPS + "apply-proposal", "{\"planId\":\"" + id + "\"}");
        assertEquals(409, stale.status(), "a change needs the version that was read: " + stale);
        Api.Reply applied = post(STEDEREN_COORDINATOR, OPS + "apply-proposal", "{\"planId\":\"" + id
                + "\",\"version\":" + saved.json().getJsonNumber("version") + "}");
        assertEquals(200, applied.status(), applied.toString());
        assertEquals(2, applied.json().getJsonObject("plan").getJsonArray("packages").size());
        for (String export : new String[] {"plan-csv", "plan-pdf", "graph-svg", "graph-png"}) {
            Api.Reply reply = get(STEDEREN_PARTNER, STEDEREN + "/instruments/activity-packages/exports/" + export
                    + "?planId=" + id);
            assertEquals(200, reply.status(), export + ": " + reply);
        }
        assertTrue(get(STEDEREN_PARTNER, STEDEREN + "/instruments/activity-packages/exports/plan-csv?planId=" + id)
                .body().contains("Buurtbabbel; Huisbezoek"));
    }

    @Test
    void badPlansAreRefusedWithTheFieldAndChangeNothing() {
        String id = planId(STEDEREN_COORDINATOR, STEDEREN, "Maria blijft thuis wonen");
        JsonObject before = post(STEDEREN_COORDINATOR, OPS + "plan", "{\"planId\":\"" + id + "\"}").json();
        Api.Reply deletedActivity = post(STEDEREN_COORDINATOR, OPS + "save-plan", "{\"planId\":\"" + id
                + "\",\"challenge\":\"x\",\"activities\":[{\"id\":\"a\",\"name\":\"A\"}],"
                + "\"links\":[{\"from\":\"a\",\"to\":\"gone\",\"strength\":\"WEAK\"}]}");
        assertEquals(400, deletedActivity.status(), deletedActivity.toString());
        assertEquals("links", deletedActivity.json().getString("field"));
        Api.Reply unknownScale = post(STEDEREN_COORDINATOR, OPS + "save-plan", "{\"planId\":\"" + id
                + "\",\"challenge\":\"x\",\"activities\":[{\"id\":\"a\",\"name\":\"A\",\"idealScale\":\"STREET\"}]}");
        assertEquals(400, unknownScale.status(), unknownScale.toString());
        Api.Reply emptyPackage = post(STEDEREN_COORDINATOR, OPS + "save-plan", "{\"planId\":\"" + id
                + "\",\"challenge\":\"x\",\"activities\":[{\"id\":\"a\",\"name\":\"A\"}],"
                + "\"packages\":[{\"name\":\"Leeg\",\"activityIds\":[]}]}");
        assertEquals(400, emptyPackage.status(), emptyPackage.toString());
        assertEquals("packages", emptyPackage.json().getString("field"));
        assertEquals(before.toString(), post(STEDEREN_COORDINATOR, OPS + "plan", "{\"planId\":\"" + id + "\"}").json()
                .toString(), "nothing was changed");
        assertEquals(404, post(STEDEREN_COORDINATOR, OPS + "plan", "{\"planId\":\"no-such-plan\"}").status());
    }

    @Test
    void aPartnerReadsButDoesNotPlan() {
        String id = planId(STEDEREN_PARTNER, STEDEREN, "Maria blijft thuis wonen");
        assertEquals(403, post(STEDEREN_PARTNER, OPS + "save-plan", "{\"challenge\":\"x\"}").status());
        assertEquals(403, post(STEDEREN_PARTNER, OPS + "apply-proposal", "{\"planId\":\"" + id + "\"}").status());
        assertEquals(200, post(STEDEREN_PARTNER, OPS + "propose", "{\"planId\":\"" + id + "\"}").status());
    }

    @Test
    void anotherMunicipalityNeverSeesOrTouchesStederensPlans() {
        String id = planId(STEDEREN_COORDINATOR, STEDEREN, "Maria blijft thuis wonen");
        String gem = GEMEENTEGEM + "/instruments/activity-packages/";
        assertEquals(404, post(GEMEENTEGEM_COORDINATOR, gem + "operations/plan", "{\"planId\":\"" + id + "\"}").status());
        assertEquals(404, post(GEMEENTEGEM_COORDINATOR, gem + "operations/propose", "{\"planId\":\"" + id + "\"}")
                .status());
        assertEquals(404, get(GEMEENTEGEM_COORDINATOR, gem + "exports/graph-png?planId=" + id).status());
        assertFalse(Api.okBody(post(GEMEENTEGEM_COORDINATOR, gem + "operations/plans", "{}")).contains("Maria"));
        for (String op : new String[] {"plans", "plan", "propose", "apply-proposal", "propose-split", "save-plan"}) {
            assertEquals(404, post(GEMEENTEGEM_COORDINATOR, OPS + op, "{\"planId\":\"" + id + "\"}").status(), op);
        }
        for (String export : new String[] {"plan-csv", "plan-pdf", "graph-svg", "graph-png"}) {
            assertEquals(404, get(GEMEENTEGEM_COORDINATOR, STEDEREN + "/instruments/activity-packages/exports/" + export
                    + "?planId=" + id).status(), export);
        }
    }
}
