package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Api.put;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static be.buurtwijzer.it.Demo.STEDEREN_PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared register through the API: create, read, update, delete, list, and the audit it leaves. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void demoDataIsThere() {
        Api.Reply initiatives = get(STEDEREN_PARTNER, STEDEREN + "/initiatives");
        assertEquals(200, initiatives.status(), initiatives.toString());
        assertTrue(initiatives.json().getInt("total") >= 2, initiatives.toString());
        JsonObject me = get(STEDEREN_PARTNER, "/api/v1/me").json();
        assertEquals("PARTNER", me.getJsonArray("memberships").getJsonObject(0).getString("role"));
    }

    /** The platform keeps the list pages it served; each change must show in the next list, whoever asks. */
    @Test
    void aListShowsEveryChangeAtTheNextRequest() {
        String name = unique("Vers");
        String search = STEDEREN + "/actors?size=200&q=" + name.substring(name.indexOf(' ') + 1);
        assertEquals(0, get(STEDEREN_PARTNER, search).json().getInt("total"), "asked (and kept) before");

        Api.Reply created = post(STEDEREN_COORDINATOR, STEDEREN + "/actors", object().add("name", name)
                .add("kind", "ASSOCIATION").add("sector", "CARE").build());
        assertEquals(201, created.status(), created.toString());
        assertEquals(List.of(name), names(get(STEDEREN_PARTNER, search)), "created");

        JsonObject actor = created.json();
        assertEquals(200, put(STEDEREN_COORDINATOR, STEDEREN + "/actors/" + actor.getString("id"), object()
                .add("name", name + " bis").add("kind", "ASSOCIATION").add("sector", "CARE")
                .add("version", actor.getJsonNumber("version").longValue()).build()).status());
        assertEquals(List.of(name + " bis"), names(get(STEDEREN_PARTNER, search)), "renamed");
        assertEquals(List.of(name + " bis"), names(get(STEDEREN_PARTNER, search)), "asked again, the same");

        assertEquals(204, Api.delete(STEDEREN_COORDINATOR, STEDEREN + "/actors/" + actor.getString("id"))
                .status());
        assertEquals(List.of(), names(get(STEDEREN_PARTNER, search)), "deleted");
    }

    private static List<String> names(Api.Reply list) {
        assertEquals(200, list.status(), list.toString());
        return list.items().getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList();
    }

    @Test
    void neighbourhoodLifecycleIsAudited() {
        String name = unique("Kerkplein");
        Api.Reply created = post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods",
                object().add("name", name).add("kind", "LIVED").add("description", "rond de kerk").build());
        assertEquals(201, created.status(), created.toString());
        JsonObject neighbourhood = created.json();
        String id = neighbourhood.getString("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/neighbourhoods/" + id));
        assertEquals(STEDEREN_COORDINATOR, neighbourhood.getString("createdBy"));

        Api.Reply read = get(STEDEREN_PARTNER, STEDEREN + "/neighbourhoods/" + id);
        assertEquals(200, read.status());
        assertEquals(name, read.json().getString("name"));

        Api.Reply updated = put(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + id, object()
                .add("name", name).add("kind", "GEOGRAPHIC").add("description", "rond de kerk")
                .add("version", neighbourhood.getJsonNumber("version").longValue()).build());
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("GEOGRAPHIC", updated.json().getString("kind"));
        assertEquals(neighbourhood.getJsonNumber("version").longValue() + 1, updated.json().getJsonNumber("version").longValue());

        assertEquals(204, Api.delete(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + id).status());
        assertEquals(404, get(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + id).status());

        Api.Reply audit = get(STEDEREN_ADMIN, STEDEREN + "/audit?entityId=" + id);
        assertEquals(200, audit.status(), audit.toString());
        List<String> actions = audit.items().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), actions);
        JsonObject update = audit.items().getJsonObject(1);
        assertEquals(STEDEREN_COORDINATOR, update.getString("actorEmail"));
        assertEquals(Json.createObjectBuilder().add("from", "LIVED").add("to", "GEOGRAPHIC").build(),
                update.getJsonObject("changes").getJsonObject("kind"));
        assertEquals(1, update.getJsonObject("changes").size(), "only the kind changed: " + update);
    }

    @Test
    void initiativeRefersToNeighbourhoodAndActorsOfItsOwnMunicipality() {
        String neighbourhoodId = post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods",
                object().add("name", unique("Molenwijk")).add("kind", "GEOGRAPHIC").build()).json().getString("id");
        String actorId = post(STEDEREN_COORDINATOR, STEDEREN + "/actors", object().add("name", unique("Turnkring"))
                .add("kind", "ASSOCIATION").add("sector", "SPORT").add("operatingArea", "MUNICIPALITY")
                .add("contact", object().add("email", "turnkring@example.org")).build()).json().getString("id");
        Api.Reply created = post(STEDEREN_COORDINATOR, STEDEREN + "/initiatives", object().add("name", unique("Beweegbank"))
                .add("neighbourhoodId", neighbourhoodId).add("goal", "Ontmoeting").add("status", "RUNNING")
                .add("actorIds", Json.createArrayBuilder().add(actorId)).build());
        assertEquals(201, created.status(), created.toString());
        assertEquals(neighbourhoodId, created.json().getJsonObject("neighbourhood").getString("id"));
        assertEquals(actorId, created.json().getJsonArray("actors").getJsonObject(0).getString("id"));

        Api.Reply byActor = get(STEDEREN_PARTNER, STEDEREN + "/initiatives?actorId=" + actorId);
        assertEquals(1, byActor.json().getInt("total"), byActor.toString());

        Api.Reply actorInUse = Api.delete(STEDEREN_COORDINATOR, STEDEREN + "/actors/" + actorId);
        assertEquals(409, actorInUse.status(), actorInUse.toString());
        assertTrue(actorInUse.isProblem());
    }

    @Test
    void listsPageFilterAndSort() {
        String prefix = "Zz" + UUID.randomUUID().toString().substring(0, 6);
        for (String suffix : List.of("c", "a", "b")) {
            assertEquals(201, post(STEDEREN_COORDINATOR, STEDEREN + "/actors", object().add("name", prefix + suffix)
                    .add("kind", "PROFESSIONAL").add("sector", "CARE").build()).status());
        }
        Api.Reply page = get(STEDEREN_PARTNER, STEDEREN + "/actors?q=" + prefix + "&sort=-name&size=2&page=0");
        assertEquals(200, page.status(), page.toString());
        assertEquals(3, page.json().getInt("total"));
        assertEquals(List.of(prefix + "c", prefix + "b"), page.items().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList());
        Api.Reply second = get(STEDEREN_PARTNER, STEDEREN + "/actors?q=" + prefix + "&sort=-name&size=2&page=1");
        assertEquals(prefix + "a", second.items().getJsonObject(0).getString("name"));
        assertEquals(3, get(STEDEREN_PARTNER, STEDEREN + "/actors?q=" + prefix + "&sector=CARE").json().getInt("total"));
        assertEquals(0, get(STEDEREN_PARTNER, STEDEREN + "/actors?q=" + prefix + "&sector=SPORT").json().getInt("total"));

        Api.Reply badSort = get(STEDEREN_PARTNER, STEDEREN + "/actors?sort=password");
        assertEquals(400, badSort.status());
        assertEquals("sort", badSort.json().getString("field"));
        Api.Reply badFilter = get(STEDEREN_PARTNER, STEDEREN + "/actors?sector=MOON");
        assertEquals(400, badFilter.status());
        assertEquals("sector", badFilter.json().getString("field"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        Api.Reply health = Api.send(null, null, "GET", Api.BASE + "/health/ready", null);
        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.json().getString("status"));
        // ready and started only once the plugins are loaded and the start ran to its end (the Kubernetes probes
        // use these three)
        assertTrue(health.body().contains("\"plugins\"") && health.body().contains("\"start\""), health.toString());
        for (String probe : List.of("/health/started", "/health/live")) {
            Api.Reply reply = Api.send(null, null, "GET", Api.BASE + probe, null);
            assertEquals(200, reply.status(), probe + ": " + reply);
            assertEquals("UP", reply.json().getString("status"), probe + ": " + reply);
        }
        Api.Reply openapi = Api.send(null, null, "GET", Api.BASE + "/openapi?format=JSON", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.json().getJsonObject("paths").containsKey("/api/v1/tenants/{tenant}/initiatives"));
        assertTrue(JsonValue.ValueType.OBJECT == openapi.json().get("components").getValueType());
    }
}
