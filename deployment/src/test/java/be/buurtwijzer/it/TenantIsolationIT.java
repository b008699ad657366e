package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Api.put;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM_ADMIN;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM_COORDINATOR;
import static be.buurtwijzer.it.Demo.REGIO;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member of Gemeentegem must see nothing of Stederen: not by id, not by slug, not in lists,
 * not through filters, and must change nothing there. The last test walks the OpenAPI document,
 * so an endpoint added later without the tenant check makes it fail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A fresh entry of each register kind in Stederen, created by its coordinator. */
    private static Map<String, JsonObject> stederenEntries() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonObject neighbourhood = post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods",
                object().add("name", "Geheime buurt " + tag).add("kind", "LIVED").build()).json();
        JsonObject actor = post(STEDEREN_COORDINATOR, STEDEREN + "/actors", object().add("name", "Geheime actor " + tag)
                .add("kind", "ASSOCIATION").add("sector", "CULTURE").build()).json();
        JsonObject initiative = post(STEDEREN_COORDINATOR, STEDEREN + "/initiatives", object()
                .add("name", "Geheim initiatief " + tag).add("status", "IDEA")
                .add("neighbourhoodId", neighbourhood.getString("id"))
                .add("actorIds", Json.createArrayBuilder().add(actor.getString("id"))).build()).json();
        return Map.of("neighbourhoods", neighbourhood, "actors", actor, "initiatives", initiative);
    }

    private static JsonObject bodyFor(String kind, JsonObject original) {
        var body = object().add("name", "Overgenomen").add("version", original.getJsonNumber("version").longValue());
        return switch (kind) {
            case "neighbourhoods" -> body.add("kind", "GEOGRAPHIC").build();
            case "actors" -> body.add("kind", "OTHER").add("sector", "OTHER").build();
            default -> body.add("status", "ENDED").build();
        };
    }

    @Test
    void anotherMunicipalityCannotReadChangeOrDeleteByIdOrSlug() {
        Map<String, JsonObject> entries = stederenEntries();
        for (var entry : entries.entrySet()) {
            String kind = entry.getKey();
            String id = entry.getValue().getString("id");
            // the other municipality's path with this id
            assertNotFound(get(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/" + kind + "/" + id));
            assertNotFound(put(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/" + kind + "/" + id, bodyFor(kind, entry.getValue())));
            assertNotFound(Api.delete(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/" + kind + "/" + id));
            // this municipality's slug, by a non-member
            assertNotFound(get(GEMEENTEGEM_COORDINATOR, STEDEREN + "/" + kind + "/" + id));
            assertNotFound(get(GEMEENTEGEM_COORDINATOR, STEDEREN + "/" + kind));
            assertNotFound(post(GEMEENTEGEM_COORDINATOR, STEDEREN + "/" + kind, bodyFor(kind, entry.getValue())));
            assertNotFound(put(GEMEENTEGEM_COORDINATOR, STEDEREN + "/" + kind + "/" + id, bodyFor(kind, entry.getValue())));
            assertNotFound(Api.delete(GEMEENTEGEM_COORDINATOR, STEDEREN + "/" + kind + "/" + id));
            // nothing changed
            Api.Reply still = get(STEDEREN_COORDINATOR, STEDEREN + "/" + kind + "/" + id);
            assertEquals(200, still.status());
            assertEquals(entry.getValue().getString("name"), still.json().getString("name"));
            assertEquals(entry.getValue().getJsonNumber("version"), still.json().getJsonNumber("version"));
        }
    }

    @Test
    void listsAndFiltersShowNothingOfAnotherMunicipality() {
        Map<String, JsonObject> entries = stederenEntries();
        for (var entry : entries.entrySet()) {
            String name = entry.getValue().getString("name");
            Api.Reply list = get(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/" + entry.getKey() + "?size=200");
            assertEquals(200, list.status());
            assertFalse(list.body().contains(entry.getValue().getString("id")), "id of Stederen leaked: " + list);
            assertFalse(list.body().contains(name), "name of Stederen leaked: " + list);
        }
        String neighbourhoodId = entries.get("neighbourhoods").getString("id");
        String actorId = entries.get("actors").getString("id");
        assertEquals(0, get(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/initiatives?neighbourhoodId=" + neighbourhoodId)
                .json().getInt("total"));
        assertEquals(0, get(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/initiatives?actorId=" + actorId)
                .json().getInt("total"));
        assertFalse(Api.okBody(get(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/audit?size=200")).contains(actorId));
    }

    /**
     * Lists that filter on the same fields share one prepared query on the node, whatever the
     * municipality and the values: each request must still bind its own.
     */
    @Test
    void oneSharedListQueryBindsTheMunicipalityAndTheValuesOfEachRequest() {
        JsonObject actor = stederenEntries().get("actors");
        String name = actor.getString("name");
        String same = "/actors?kind=ASSOCIATION&sector=CULTURE&q=" + name.replace(' ', '+');
        Api.Reply inStederen = get(STEDEREN_COORDINATOR, STEDEREN + same);
        assertEquals(1, inStederen.json().getInt("total"), inStederen.toString());
        Api.Reply inGemeentegem = get(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + same);
        assertEquals(0, inGemeentegem.json().getInt("total"), inGemeentegem.toString());
        Api.Reply otherValue = get(STEDEREN_COORDINATOR, STEDEREN + "/actors?kind=OTHER&sector=CULTURE&q="
                + name.replace(' ', '+'));
        assertEquals(0, otherValue.json().getInt("total"), otherValue.toString());
        assertEquals(1, get(STEDEREN_COORDINATOR, STEDEREN + same).json().getInt("total"));
        // fewer filters: another query
        Api.Reply textOnly = get(STEDEREN_COORDINATOR, STEDEREN + "/actors?q=" + name.replace(' ', '+'));
        assertEquals(1, textOnly.json().getInt("total"), textOnly.toString());
    }

    @Test
    void referencesToAnotherMunicipalitysEntriesAreRefused() {
        Map<String, JsonObject> entries = stederenEntries();
        Api.Reply refused = post(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/initiatives", object()
                .add("name", "Lenen bij de buren " + UUID.randomUUID()).add("status", "IDEA")
                .add("neighbourhoodId", entries.get("neighbourhoods").getString("id")).build());
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("neighbourhoodId", refused.json().getString("field"));
        Api.Reply actorRefused = post(GEMEENTEGEM_COORDINATOR, GEMEENTEGEM + "/initiatives", object()
                .add("name", "Lenen bij de buren " + UUID.randomUUID()).add("status", "IDEA")
                .add("actorIds", Json.createArrayBuilder().add(entries.get("actors").getString("id"))).build());
        assertEquals(400, actorRefused.status(), actorRefused.toString());
        assertEquals("actorIds[0]", actorRefused.json().getString("field"));
    }

    @Test
    void aMemberOfBothSeesEachOnlyUnderItsOwnSlug() {
        Map<String, JsonObject> entries = stederenEntries();
        String id = entries.get("actors").getString("id");
        assertEquals(200, get(REGIO, STEDEREN + "/actors/" + id).status());
        assertNotFound(get(REGIO, GEMEENTEGEM + "/actors/" + id));
        // partner in Gemeentegem: reads there, may not write there, although coordinator in Stederen
        assertEquals(403, post(REGIO, GEMEENTEGEM + "/actors", object().add("name", "Nieuw " + UUID.randomUUID())
                .add("kind", "OTHER").add("sector", "OTHER").build()).status());
    }

    /** Every operation under /tenants/{tenant}/ in the OpenAPI document, called by a non-member, is a 404. */
    @Test
    void everyTenantEndpointRefusesNonMembers() {
        JsonObject paths = Api.send(null, null, "GET", Api.BASE + "/openapi?format=JSON", null).json()
                .getJsonObject("paths");
        String someId = entriesIdForSweep();
        List<String> checked = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (!path.contains("{tenant}")) {
                continue;
            }
            for (String method : paths.getJsonObject(path).keySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                String concrete = path.replace("{tenant}", "stederen").replaceAll("\\{[^}]+}", someId);
                Api.Reply reply = Api.send(GEMEENTEGEM_ADMIN, Api.PASSWORD, method.toUpperCase(), concrete,
                        method.equals("get") || method.equals("delete") ? null : "{}");
                assertEquals(404, reply.status(), method + " " + concrete + " answered " + reply);
                assertTrue(reply.isProblem(), method + " " + concrete);
                assertFalse(reply.body().contains("Stederen"), "the municipality's name leaked: " + reply);
                checked.add(method + " " + path);
            }
        }
        assertTrue(checked.size() >= 15, "too few tenant endpoints found in the OpenAPI document: " + checked);
    }

    private static String entriesIdForSweep() {
        return stederenEntries().get("actors").getString("id");
    }

    private static void assertNotFound(Api.Reply reply) {
        assertEquals(404, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
    }
}
