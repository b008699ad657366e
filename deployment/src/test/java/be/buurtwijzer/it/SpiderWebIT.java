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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The spider web through the REST API: the demo web, snapshots and comparison, pictures, bad input, roles, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpiderWebIT {

    private static final String OPS = STEDEREN + "/instruments/spiderweb/operations/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void demoDataIsIn() {
        Demo.awaitInstrumentData();
    }

    private static JsonObject demoWeb() {
        return post(STEDEREN_PARTNER, OPS + "webs", "{}").array().stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("name").equals("Eenzaamheid in de Stationswijk")).findFirst().orElseThrow();
    }

    private static String actorId(String name) {
        return get(STEDEREN_COORDINATOR, STEDEREN + "/actors?q=" + name.replace(" ", "%20")).items().getJsonObject(0)
                .getString("id");
    }

    @Test
    void theDemoWebShowsItsGapsAndItsSnapshotsCompare() {
        String webId = demoWeb().getString("id");
        JsonObject web = post(STEDEREN_PARTNER, OPS + "web", "{\"webId\":\"" + webId + "\"}").json();
        assertEquals(6, web.getJsonObject("state").getJsonArray("placements").size());
        assertTrue(web.getJsonArray("signals").toString().contains("GAP"), web.toString());
        var snapshots = post(STEDEREN_PARTNER, OPS + "snapshots", "{\"webId\":\"" + webId + "\"}").array();
        assertEquals(2, snapshots.size());
        Api.Reply comparison = post(STEDEREN_PARTNER, OPS + "compare", "{\"webId\":\"" + webId + "\",\"from\":\""
                + snapshots.getJsonObject(0).getString("id") + "\",\"to\":\"" + snapshots.getJsonObject(1).getString("id")
                + "\"}");
        assertEquals(200, comparison.status(), comparison.toString());
        assertTrue(comparison.json().getJsonArray("inward").toString().contains("Thuiszorg Regio Stederen"),
                comparison.toString());
        assertTrue(comparison.json().getJsonArray("factors").toString().contains("\"from\":2,\"label\":\"Elkaar kennen\"")
                || comparison.json().getJsonArray("factors").toString().contains("Elkaar kennen"), comparison.toString());
        assertEquals(404, post(STEDEREN_PARTNER, OPS + "compare", "{\"webId\":\"" + webId
                + "\",\"from\":\"no-such-snapshot\"}").status());
    }

    @Test
    void thePicturesComeAsSvgAndPngAndTheDataAsATable() throws Exception {
        String webId = demoWeb().getString("id");
        String base = STEDEREN + "/instruments/spiderweb/exports/";
        Api.Reply svg = get(STEDEREN_PARTNER, base + "web-svg?webId=" + webId);
        assertEquals(200, svg.status());
        assertTrue(svg.body().contains("<svg") && svg.body().contains("role=\"img\"") && svg.body().contains("Buurtcomité"));
        assertTrue(get(STEDEREN_PARTNER, base + "radar-svg?webId=" + webId).body().contains("Gebrek aan tijd (4)"));
        for (String png : new String[] {"web-png", "radar-png"}) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE
                    + base + png + "?webId=" + webId)).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((STEDEREN_PARTNER + ":" + Api.PASSWORD).getBytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals("image/png", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals((byte) 0x89, response.body()[0]);
            assertEquals('P', response.body()[1]);
        }
        Api.Reply csv = get(STEDEREN_PARTNER, base + "web-csv?webId=" + webId);
        assertTrue(csv.body().contains("Thuiszorg Regio Stederen;zorg;informatie delen;informatie delen"), csv.body());
        assertEquals(404, get(STEDEREN_PARTNER, base + "web-svg?webId=nothing").status());
        assertEquals(400, get(STEDEREN_PARTNER, base + "web-svg").status(), "without a web there is nothing to draw");
    }

    @Test
    void aCoordinatorBuildsAWebAndBadInputChangesNothing() {
        String name = "Samenwerking " + UUID.randomUUID().toString().substring(0, 6);
        String actor = actorId("Sociaal Huis Stederen");
        Api.Reply created = post(STEDEREN_COORDINATOR, OPS + "save-web", "{\"name\":\"" + name + "\",\"placements\":["
                + "{\"actorId\":\"" + actor + "\",\"current\":\"REFER\",\"needed\":\"ALIGN_ACTIVITIES\",\"enthusiasm\":\"FIRE\","
                + "\"scan\":{\"WIN_WIN\":\"Minder dubbel werk\"}}],\"factors\":[{\"factorId\":\"lack-of-time\",\"score\":3}]}");
        assertEquals(200, created.status(), created.toString());
        String webId = created.json().getString("id");
        assertEquals("Minder dubbel werk", created.json().getJsonObject("state").getJsonArray("placements")
                .getJsonObject(0).getJsonObject("scan").getString("WIN_WIN"));
        Api.Reply badScore = post(STEDEREN_COORDINATOR, OPS + "save-web", "{\"webId\":\"" + webId + "\",\"name\":\"" + name
                + "\",\"factors\":[{\"factorId\":\"lack-of-time\",\"score\":9}]}");
        assertEquals(400, badScore.status(), badScore.toString());
        assertEquals("factors", badScore.json().getString("field"));
        Api.Reply unknownActor = post(STEDEREN_COORDINATOR, OPS + "save-web", "{\"webId\":\"" + webId + "\",\"name\":\""
                + name + "\",\"placements\":[{\"actorId\":\"nobody\",\"current\":\"REFER\"}]}");
        assertEquals(400, unknownActor.status(), unknownActor.toString());
        Api.Reply noName = post(STEDEREN_COORDINATOR, OPS + "save-web", "{\"webId\":\"" + webId + "\",\"name\":\" \"}");
        assertEquals("name", noName.json().getString("field"));
        Api.Reply badRing = post(STEDEREN_COORDINATOR, OPS + "save-web", "{\"name\":\"x\",\"placements\":[{\"actorId\":\""
                + actor + "\",\"current\":\"VERY_CLOSE\"}]}");
        assertEquals(400, badRing.status(), badRing.toString());
        JsonObject unchanged = post(STEDEREN_COORDINATOR, OPS + "web", "{\"webId\":\"" + webId + "\"}").json();
        assertEquals(1, unchanged.getJsonObject("state").getJsonArray("placements").size(), "nothing was overwritten");
        assertEquals(3, unchanged.getJsonObject("state").getJsonArray("factors").getJsonObject(0).getInt("score"));

        Api.Reply factor = post(STEDEREN_COORDINATOR, OPS + "add-factor", "{\"kind\":\"INHIBITING\",\"nl\":\"Parkeerdruk "
                + name + "\"}");
        assertEquals(200, factor.status(), factor.toString());
        assertEquals(409, post(STEDEREN_COORDINATOR, OPS + "add-factor", "{\"kind\":\"INHIBITING\",\"nl\":\"Parkeerdruk "
                + name + "\"}").status());
        Api.Reply snapshot = post(STEDEREN_COORDINATOR, OPS + "snapshot", "{\"webId\":\"" + webId + "\",\"label\":\"T0\"}");
        assertEquals(200, snapshot.status(), snapshot.toString());
    }

    @Test
    void aPartnerReadsButDoesNotEdit() {
        String webId = demoWeb().getString("id");
        assertEquals(403, post(STEDEREN_PARTNER, OPS + "save-web", "{\"name\":\"x\"}").status());
        assertEquals(403, post(STEDEREN_PARTNER, OPS + "snapshot", "{\"webId\":\"" + webId + "\"}").status());
        assertEquals(403, post(STEDEREN_PARTNER, OPS + "add-factor", "{\"kind\":\"INHIBITING\",\"nl\":\"x\"}").status());
        assertEquals(403, Api.delete(STEDEREN_PARTNER, STEDEREN + "/instruments/spiderweb/records/web/" + webId).status());
    }

    @Test
    void anotherMunicipalityNeverSeesOrTouchesStederensWebs() {
        String webId = demoWeb().getString("id");
        String gem = GEMEENTEGEM + "/instruments/spiderweb/";
        assertEquals(404, post(GEMEENTEGEM_COORDINATOR, gem + "operations/web", "{\"webId\":\"" + webId + "\"}").status());
        assertEquals(404, post(GEMEENTEGEM_COORDINATOR, gem + "operations/snapshot", "{\"webId\":\"" + webId + "\"}")
                .status());
        assertEquals(404, get(GEMEENTEGEM_COORDINATOR, gem + "exports/web-png?webId=" + webId).status());
        Api.Reply theirs = post(GEMEENTEGEM_COORDINATOR, gem + "operations/webs", "{}");
        assertTrue(theirs.body().contains("Armoede in De Leefhoek") && !theirs.body().contains("Stationswijk"), theirs.body());
        // Stederen's actor cannot be placed in a Gemeentegem web
        Api.Reply foreignActor = post(GEMEENTEGEM_COORDINATOR, gem + "operations/save-web", "{\"name\":\"Leen\","
                + "\"placements\":[{\"actorId\":\"" + actorId("Sociaal Huis Stederen") + "\",\"current\":\"REFER\"}]}");
        assertEquals(400, foreignActor.status(), foreignActor.toString());
        assertFalse(Api.okBody(post(GEMEENTEGEM_COORDINATOR, gem + "operations/factors", "{}")).contains("Parkeerdruk"),
                "a municipality's own factors stay its own");
        for (String op : new String[] {"webs", "web", "snapshots", "compare", "factors", "save-web", "snapshot",
                "add-factor"}) {
            assertEquals(404, post(GEMEENTEGEM_COORDINATOR, OPS + op, "{\"webId\":\"" + webId + "\"}").status(), op);
        }
        for (String export : new String[] {"web-svg", "web-png", "radar-svg", "radar-png", "web-csv"}) {
            assertEquals(404, get(GEMEENTEGEM_COORDINATOR, STEDEREN + "/instruments/spiderweb/exports/" + export
                    + "?webId=" + webId).status(), export);
        }
    }
}
