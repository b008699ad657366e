package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every register entity and every instrument record kind, created with its required fields only, then
 * changed to another minimal form, then deleted: each step answers as it should and is audited. An optional
 * part left out (contact details, a description, a history) once made an update answer 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinimalEntitiesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static Stream<Arguments> registerEntities() {
        return Stream.of(
                Arguments.of("neighbourhoods", "{\"name\":\"N\",\"kind\":\"LIVED\"}",
                        "{\"name\":\"N2\",\"kind\":\"GEOGRAPHIC\",\"version\":%d}"),
                Arguments.of("actors", "{\"name\":\"A\",\"kind\":\"OTHER\",\"sector\":\"CARE\"}",
                        "{\"name\":\"A2\",\"kind\":\"OTHER\",\"sector\":\"INFORMAL\",\"version\":%d}"),
                Arguments.of("initiatives", "{\"name\":\"I\",\"status\":\"IDEA\"}",
                        "{\"name\":\"I2\",\"status\":\"RUNNING\",\"version\":%d}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registerEntities")
    void aMinimalRegisterEntrySurvivesUpdateDeleteAndAudit(String path, String create, String update) {
        Municipality m = Municipality.fresh("min");
        Api.Reply created = m.asAdmin("POST", path, create);
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        long version = created.json().getJsonNumber("version").longValue();
        assertEquals(200, m.asAdmin("GET", path + "/" + id, null).status());
        Api.Reply updated = m.asAdmin("PUT", path + "/" + id, update.formatted(version));
        assertEquals(200, updated.status(), updated.toString());
        Api.Reply back = m.asAdmin("PUT", path + "/" + id, create.replace("}", ",\"version\":" + (version + 1) + "}"));
        assertEquals(200, back.status(), "and back to the first minimal form: " + back);
        Api.Reply deleted = m.asAdmin("DELETE", path + "/" + id, null);
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(404, m.asAdmin("GET", path + "/" + id, null).status());
        List<String> actions = m.asAdmin("GET", "audit?entityId=" + id, null).items().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("DELETE", "UPDATE", "UPDATE", "CREATE"), actions);
    }

    /** Per record kind: the plugin, the kind, a minimal document and another one (%s: ids made beforehand). */
    static Stream<Arguments> recordKinds() {
        return Stream.of(
                Arguments.of("typology", "profile", "{\"initiativeId\":\"%1$s\",\"answers\":{\"goals\":[\"MEETING\"],"
                        + "\"drivers\":[\"NEIGHBOURS\"],\"lead\":\"CITIZENS\",\"scale\":\"LIVED_NEIGHBOURHOOD\"}}",
                        "{\"initiativeId\":\"%1$s\",\"answers\":{\"goals\":[\"CARE_AND_SUPPORT\"],\"drivers\":"
                                + "[\"PROFESSIONALS\"],\"lead\":\"PROFESSIONALS\",\"professionalAreas\":[\"MUNICIPALITY\"],"
                                + "\"scale\":\"MUNICIPALITY\"}}"),
                Arguments.of("spiderweb", "web", "{\"name\":\"W\",\"state\":{}}",
                        "{\"name\":\"W2\",\"kind\":\"COLLABORATION\",\"state\":{}}"),
                Arguments.of("spiderweb", "snapshot", "{\"webId\":\"%2$s\",\"label\":\"S\",\"date\":\"2026-11-12\","
                        + "\"state\":{}}", "{\"webId\":\"%2$s\",\"label\":\"S2\",\"date\":\"2026-11-13\",\"state\":{}}"),
                Arguments.of("spiderweb", "factor", "{\"kind\":\"STIMULATING\",\"nl\":\"Eigen factor\"}",
                        "{\"kind\":\"INHIBITING\",\"nl\":\"Andere factor\"}"),
                Arguments.of("activity-packages", "plan", "{\"challenge\":\"C\"}", "{\"challenge\":\"C2\"}"),
                Arguments.of("logbook", "entry", "{\"date\":\"2026-11-12\",\"title\":\"T\",\"type\":\"STORY\"}",
                        "{\"date\":\"2026-11-13\",\"title\":\"T2\",\"type\":\"NUMBER\",\"count\":3}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("recordKinds")
    void aMinimalRecordSurvivesUpdateDeleteAndAudit(String plugin, String kind, String create, String update) {
        Municipality m = Municipality.fresh("minrec");
        m.subscribe(plugin);
        String initiative = m.asAdmin("POST", "initiatives", "{\"name\":\"I\",\"status\":\"IDEA\"}").json()
                .getString("id");
        String web = "";
        if (kind.equals("snapshot")) {
            Api.Reply w = m.asAdmin("POST", "instruments/spiderweb/records/web", "{\"value\":{\"name\":\"W\",\"state\":{}}}");
            assertEquals(201, w.status(), w.toString());
            web = w.json().getString("id");
        }
        String records = "instruments/" + plugin + "/records/" + kind;
        Api.Reply created = m.asAdmin("POST", records, "{\"value\":" + create.formatted(initiative, web) + "}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        long version = created.json().getJsonNumber("version").longValue();
        Api.Reply updated = m.asAdmin("PUT", records + "/" + id, "{\"version\":" + version + ",\"value\":"
                + update.formatted(initiative, web) + "}");
        assertEquals(200, updated.status(), updated.toString());
        Api.Reply back = m.asAdmin("PUT", records + "/" + id, "{\"version\":" + (version + 1) + ",\"value\":"
                + create.formatted(initiative, web) + "}");
        assertEquals(200, back.status(), back.toString());
        Api.Reply read = m.asAdmin("GET", records + "/" + id, null);
        assertEquals(200, read.status(), read.toString());
        assertTrue(json(read.body()).containsKey("value"), read.toString());
        assertEquals(204, m.asAdmin("DELETE", records + "/" + id, null).status());
        assertEquals(404, m.asAdmin("GET", records + "/" + id, null).status());
        List<String> actions = m.asAdmin("GET", "audit?entityId=" + id, null).items().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("DELETE", "UPDATE", "UPDATE", "CREATE"), actions);
    }
}
