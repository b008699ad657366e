package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user's mistake gets a 4xx problem that names the field, and stores nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static int actorCount() {
        return get(STEDEREN_COORDINATOR, STEDEREN + "/actors?size=1").json().getInt("total");
    }

    private static void assertRefused(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), "not problem+json: " + reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        if (field != null) {
            assertEquals(field, problem.getString("field"), reply.toString());
        }
        assertFalse(reply.body().contains("Exception"), "no stack traces or exception names: " + reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing name           | {\"kind\":\"OTHER\",\"sector\":\"CARE\"}                                  | name",
        "blank name             | {\"name\":\"  \",\"kind\":\"OTHER\",\"sector\":\"CARE\"}                  | name",
        "missing kind           | {\"name\":\"A\",\"sector\":\"CARE\"}                                      | kind",
        "unknown enum value     | {\"name\":\"A\",\"kind\":\"WIZARD\",\"sector\":\"CARE\"}                  | kind",
        "unknown scale          | {\"name\":\"A\",\"kind\":\"OTHER\",\"sector\":\"CARE\",\"operatingArea\":\"GALAXY\"} | operatingArea",
        "wrong type             | {\"name\":\"A\",\"kind\":\"OTHER\",\"sector\":\"CARE\",\"contact\":[1,2]} | contact",
        "bad nested e-mail      | {\"name\":\"A\",\"kind\":\"OTHER\",\"sector\":\"CARE\",\"contact\":{\"email\":\"no-at-sign\"}} | contact.email",
        "malformed JSON         | {\"name\":\"A\",                                                          | body",
        "not an object          | [1,2,3]                                                                   | body",
    })
    void badActorInputIsRefusedAndNothingStored(String label, String body, String field) {
        int before = actorCount();
        assertRefused(400, field, Api.send(STEDEREN_COORDINATOR, Api.PASSWORD, "POST", STEDEREN + "/actors", body));
        assertEquals(before, actorCount());
    }

    @Test
    void overLongFieldsAreRefused() {
        int before = actorCount();
        assertRefused(400, "name", post(STEDEREN_COORDINATOR, STEDEREN + "/actors", object()
                .add("name", "x".repeat(201)).add("kind", "OTHER").add("sector", "CARE").build()));
        assertRefused(400, "description", post(STEDEREN_COORDINATOR, STEDEREN + "/actors", object()
                .add("name", "Lang").add("description", "x".repeat(4001)).add("kind", "OTHER").add("sector", "CARE").build()));
        assertEquals(before, actorCount());
    }

    @Test
    void oversizedBodiesAreRefused() {
        int before = actorCount();
        String huge = "{\"name\":\"Groot\",\"kind\":\"OTHER\",\"sector\":\"CARE\",\"description\":\"" + "x".repeat(300_000) + "\"}";
        assertRefused(413, null, Api.send(STEDEREN_COORDINATOR, Api.PASSWORD, "POST", STEDEREN + "/actors", huge));
        assertEquals(before, actorCount());
    }

    @Test
    void updatesNeedAVersionAndAValidBody() {
        JsonObject created = post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", object()
                .add("name", "Versieloos " + UUID.randomUUID()).add("kind", "LIVED").build()).json();
        String id = created.getString("id");
        assertRefused(400, "version", Api.put(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + id,
                object().add("name", "Zonder versie").add("kind", "LIVED").build()));
        assertRefused(400, "version", Api.send(STEDEREN_COORDINATOR, Api.PASSWORD, "PUT",
                STEDEREN + "/neighbourhoods/" + id, "{\"name\":\"x\",\"kind\":\"LIVED\",\"version\":\"one\"}"));
        assertEquals(created, get(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + id).json(),
                "nothing changed");
    }

    @Test
    void duplicatesAndUnknownIdsAreClear() {
        String name = "Dubbel " + UUID.randomUUID();
        assertEquals(201, post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", object().add("name", name)
                .add("kind", "LIVED").build()).status());
        assertRefused(409, "name", post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", object()
                .add("name", name.toUpperCase()).add("kind", "LIVED").build()));
        assertRefused(404, null, get(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + UUID.randomUUID()));
        assertRefused(404, null, get(STEDEREN_COORDINATOR, "/api/v1/nothing-here"));
    }

    @Test
    void badAdministrationInputIsRefused() {
        assertRefused(400, "slug", post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", "Not A Slug!")
                .add("name", "X").add("defaultLocale", "nl-BE").build()));
        assertRefused(400, "defaultLocale", post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object()
                .add("slug", "goede-slug").add("name", "X").add("defaultLocale", "fr").build()));
        assertRefused(409, "slug", post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", "stederen")
                .add("name", "Nog een Stederen").add("defaultLocale", "nl-BE").build()));
        assertRefused(400, "email", post(STEDEREN_ADMIN, STEDEREN + "/invitations", object().add("email", "geen-adres")
                .add("displayName", "X").add("role", "PARTNER").build()));
        assertRefused(400, "role", post(STEDEREN_ADMIN, STEDEREN + "/invitations", object().add("email", "x@example.org")
                .add("displayName", "X").add("role", "KING").build()));
        assertRefused(400, "from", get(STEDEREN_ADMIN, STEDEREN + "/audit?from=yesterday"));
        assertRefused(400, "size", get(STEDEREN_ADMIN, STEDEREN + "/actors?size=100000"));
        assertRefused(400, "page", get(STEDEREN_ADMIN, STEDEREN + "/actors?page=-1"));
        // page times size past the largest int was a 500 (the user walk of 1 December)
        assertRefused(400, "page", get(STEDEREN_ADMIN, STEDEREN + "/initiatives?page=2147483647&size=2"));
        assertRefused(400, "neighbourhoodId", get(STEDEREN_ADMIN, STEDEREN + "/initiatives?neighbourhoodId=xyz"));
        assertRefused(400, "actorId", get(STEDEREN_ADMIN, STEDEREN + "/initiatives?actorId=1%20OR%201=1"));
    }
}
