package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-subject requests: a person in the register and in the records of every bundled instrument is found,
 * exported (JSON and PDF) and erased; afterwards their name and address are in no column of any table of the
 * database, and nothing of another municipality was touched, even where the same person lives there too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A resident with a surname no other test uses, so that the database search is exact. */
    record Person(String name, String surname, String email) {
        static Person unique() {
            Random random = new Random();
            StringBuilder surname = new StringBuilder("Qv");
            for (int i = 0; i < 8; i++) {
                surname.append((char) ('a' + random.nextInt(26)));
            }
            String name = "Renée " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
            return new Person(name, surname.toString(), "renee." + surname + "@voorbeeld.be");
        }

        String query() {
            return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}";
        }
    }

    /** A municipality using every bundled instrument, where the person is an actor and in every instrument's records. */
    static Municipality withPerson(String prefix, Person person) {
        Municipality m = Municipality.fresh(prefix);
        for (String plugin : List.of("logbook", "typology", "spiderweb", "activity-packages", "volunteers")) {
            m.subscribe(plugin);
        }
        String actor = created(m.asAdmin("POST", "actors", "{\"name\":\"" + person.name() + "\",\"kind\":\"RESIDENT\","
                + "\"sector\":\"INFORMAL\",\"description\":\"Woont al veertig jaar in de straat.\",\"contact\":{\"email\":\""
                + person.email() + "\",\"phone\":\"+32 470 00 00 00\"}}"));
        created(m.asAdmin("POST", "actors", "{\"name\":\"Buurtcomité\",\"kind\":\"RESIDENT_GROUP\",\"sector\":\"NEIGHBOURHOOD\","
                + "\"contact\":{\"person\":\"" + person.name() + "\",\"email\":\"" + person.email() + "\"}}"));
        String initiative = created(m.asAdmin("POST", "initiatives", "{\"name\":\"Burenhulp\",\"status\":\"RUNNING\","
                + "\"description\":\"Gestart door " + person.name() + " en twee buren.\"}"));
        String ops = "instruments/%s/operations/";
        ok(m.asAdmin("POST", ops.formatted("logbook") + "add-entry", "{\"date\":\"2026-11-02\",\"title\":\"Koffie\","
                + "\"text\":\"Vandaag kwam " + person.name() + " voor het eerst.\\nZe bracht soep mee.\",\"type\":\"STORY\"}"));
        JsonObject saved = ok(m.asAdmin("POST", ops.formatted("typology") + "save-answers", "{\"initiativeId\":\""
                + initiative + "\",\"goals\":[\"SMALL_HELP\",\"MEETING\"],\"drivers\":[\"NEIGHBOURS\"],\"lead\":\"CITIZENS\","
                + "\"professionalAreas\":[],\"scale\":\"LIVED_NEIGHBOURHOOD\"}"));
        ok(m.asAdmin("POST", ops.formatted("typology") + "decide", "{\"initiativeId\":\"" + initiative + "\",\"type\":"
                + "\"CARING_NEIGHBOURHOOD\",\"reason\":\"Zo besproken met " + person.name() + ".\",\"version\":"
                + saved.getJsonNumber("version").longValue() + "}"));
        JsonObject web = ok(m.asAdmin("POST", ops.formatted("spiderweb") + "save-web", "{\"name\":\"Eenzaamheid\","
                + "\"placements\":[{\"actorId\":\"" + actor + "\",\"current\":\"REFER\",\"needed\":\"ALIGN_ACTIVITIES\","
                + "\"enthusiasm\":\"FIRE\",\"scan\":{\"WIN_WIN\":\"Kent iedereen in de straat\"}}],\"factors\":[]}"));
        ok(m.asAdmin("POST", ops.formatted("spiderweb") + "snapshot", "{\"webId\":\"" + web.getString("id")
                + "\",\"label\":\"Start\",\"date\":\"2026-11-03\"}"));
        JsonObject volunteer = ok(m.asAdmin("POST", ops.formatted("volunteers") + "save-volunteer", "{\"volunteer\":{"
                + "\"name\":\"" + person.name() + "\",\"email\":\"" + person.email() + "\",\"start\":\"2025-01-06\"}}"));
        ok(m.asAdmin("POST", ops.formatted("volunteers") + "book-allowance", "{\"volunteerId\":\"" + volunteer.getString("id")
                + "\",\"date\":\"2025-02-01\",\"type\":\"FLAT_RATE\",\"amount\":12.5}"));
        created(m.asAdmin("POST", "consents", "{\"purpose\":\"foto-s-in-verslagen\",\"name\":\"" + person.name()
                + "\",\"actorId\":\"" + actor + "\",\"wording\":\"Ik geef toestemming om foto's van mij te gebruiken.\","
                + "\"wordingVersion\":\"2026-1\"}"));
        return m;
    }

    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static Map<String, String> instruments(JsonObject findings) {
        Map<String, String> status = new LinkedHashMap<>();
        findings.getJsonArray("instruments").getValuesAs(JsonObject.class)
                .forEach(i -> status.put(i.getString("pluginId"), i.getString("status")));
        return status;
    }

    @Test
    void aPersonIsFoundExportedAndErasedEverywhereAndNowhereAfterwards() throws SQLException {
        Person person = Person.unique();
        Municipality m = withPerson("dsr", person);

        JsonObject found = ok(m.asAdmin("POST", "personal-data/search", person.query()));
        assertEquals(2, found.getJsonArray("actors").size(), "the person and the actor they are the contact of: " + found);
        assertEquals(1, found.getInt("registerMentions"), "the initiative's description");
        assertEquals(Map.of("logbook", "FOUND", "typology", "FOUND", "spiderweb", "FOUND",
                "activity-packages", "NO_PERSONAL_DATA", "volunteers", "FOUND"), instruments(found));
        assertTrue(found.getInt("auditEntries") > 0, found.toString());
        assertEquals(1, found.getInt("consents"));

        Api.Reply json = m.asAdmin("POST", "personal-data/export", person.query());
        assertEquals(200, json.status(), json.toString());
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains(".json"));
        JsonObject export = json.json();
        assertTrue(export.getJsonObject("instruments").keySet().containsAll(List.of("logbook", "typology", "spiderweb")),
                export.toString());
        assertTrue(export.toString().contains("Kent iedereen in de straat"), "the partner scan about them");
        assertEquals(person.email(), export.getJsonObject("register").getJsonArray("registerActors").getJsonObject(0)
                .getJsonObject("contact").getString("email"));
        Api.Reply pdf = m.asAdmin("POST", "personal-data/export?format=pdf", person.query());
        assertEquals(200, pdf.status(), pdf.toString());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.body().startsWith("%PDF"));

        assertFalse(occurrences(person).isEmpty(), "the search of the database finds them before");
        assertTrue(ok(m.asAdmin("GET", "actors?size=200", null)).toString().contains(person.email()),
                "the actors' list shows them before (and this node keeps the page)");
        JsonObject erased = ok(m.asAdmin("POST", "personal-data/erasure", person.query()));
        assertEquals(1, erased.getInt("actorsAnonymised"), erased.toString());
        assertEquals(1, erased.getInt("contactsCleared"));
        assertEquals(1, erased.getInt("consents"));
        assertEquals(Map.of("logbook", 1, "typology", 1, "spiderweb", 2, "volunteers", 1), Map.copyOf(erased.getJsonObject(
                "instrumentRecords").entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> Integer.parseInt(e.getValue().toString())))));

        assertEquals(Map.of(), occurrences(person), "nothing of them in any column of any table");
        String actors = ok(m.asAdmin("GET", "actors?size=200", null)).toString();
        assertFalse(actors.contains(person.email()) || actors.contains(person.surname()),
                "the actors' list shows the erasure at once: " + actors);
        JsonObject after = ok(m.asAdmin("POST", "personal-data/search", person.query()));
        assertEquals(0, after.getJsonArray("actors").size(), after.toString());
        assertFalse(instruments(after).containsValue("FOUND"), after.toString());
        assertEquals(0, after.getInt("auditEntries"));

        JsonObject again = ok(m.asAdmin("POST", "personal-data/erasure", person.query()));
        assertEquals(0, again.getInt("actorsAnonymised") + again.getInt("contactsCleared") + again.getInt("auditEntries")
                + again.getInt("registerMentions"), "running it again changes nothing: " + again);
        Api.Reply trail = m.asAdmin("GET", "audit?entityType=personal-data", null);
        assertEquals(200, trail.status(), trail.toString());
        assertEquals(List.of("ERASE", "ERASE", "EXPORT", "EXPORT"), trail.items().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList(), "recorded, without the content: " + trail);
        assertFalse(trail.body().contains(person.surname()));
        assertEquals(200, m.asAdmin("GET", "instruments/spiderweb/records/web", null).status(),
                "the web keeps its shape");
    }

    @Test
    void aRequestInOneMunicipalityNeverTouchesAnotherWhereTheSamePersonLives() throws SQLException {
        Person person = Person.unique();
        Municipality a = withPerson("dsra", person);
        Municipality b = withPerson("dsrb", person);
        int before = occurrences(person).values().stream().mapToInt(Integer::intValue).sum();

        JsonObject found = ok(a.asAdmin("POST", "personal-data/search", person.query()));
        assertEquals(2, found.getJsonArray("actors").size());
        ok(a.asAdmin("POST", "personal-data/erasure", person.query()));

        JsonObject inB = ok(b.asAdmin("POST", "personal-data/search", person.query()));
        assertEquals(2, inB.getJsonArray("actors").size(), "B still holds them: " + inB);
        assertEquals(Map.of("logbook", "FOUND", "typology", "FOUND", "spiderweb", "FOUND",
                "activity-packages", "NO_PERSONAL_DATA", "volunteers", "FOUND"), instruments(inB));
        int after = occurrences(person).values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(after > 0 && after < before, "A's part went, B's stayed: " + before + " → " + after);

        for (String path : List.of("search", "export", "erasure")) {
            Api.Reply cross = a.asAdmin("POST", b.base() + "/personal-data/" + path, person.query());
            assertEquals(404, cross.status(), "A's administrator reaches nothing in B: " + cross);
        }
        assertEquals(2, ok(b.asAdmin("POST", "personal-data/search", person.query())).getJsonArray("actors").size());
    }

    @Test
    void onlyTheAdministratorAnswersRequestsAndADisabledInstrumentIsStillAsked() {
        Person person = Person.unique();
        Municipality m = withPerson("dsrc", person);
        String coordinator = "coordinator@" + m.slug() + ".example";
        String password = m.member(coordinator, "COORDINATOR");
        Api.Reply refused = Api.send(coordinator, password, "POST", m.base() + "/personal-data/search", person.query());
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.isProblem());

        long version = m.subscription("spiderweb").getJsonNumber("version").longValue();
        ok(m.asAdmin("PUT", "instruments/spiderweb/subscription", "{\"enabled\":false,\"version\":" + version + "}"));
        assertEquals("FOUND", instruments(ok(m.asAdmin("POST", "personal-data/search", person.query()))).get("spiderweb"),
                "a disabled instrument still holds their data");
    }

    @Test
    void aPlatformAdministratorErasesAUserInEveryMunicipalityAndTheAccountItself() throws SQLException {
        Person person = Person.unique();
        Municipality a = Municipality.fresh("dsru");
        Municipality b = Municipality.fresh("dsrv");
        a.subscribe("logbook");
        a.subscribe("spiderweb");
        String password = a.member(person.email(), "COORDINATOR");
        Api.Reply invited = b.asAdmin("POST", "invitations", "{\"email\":\"" + person.email() + "\",\"role\":\"PARTNER\"}");
        assertEquals(201, invited.status(), invited.toString());
        assertEquals(200, Api.send(person.email(), password, "POST", "/api/v1/invitations/" + invited.json()
                .getString("token") + "/accept", null).status());
        String displayName = "Lid " + person.email();
        Api.Reply story = Api.send(person.email(), password, "POST", a.base() + "/instruments/logbook/operations/add-entry",
                "{\"date\":\"2026-11-02\",\"title\":\"Door mij\",\"text\":\"Geschreven door " + displayName
                        + ".\",\"type\":\"STORY\"}");
        assertEquals(200, story.status(), story.toString());
        a.asAdmin("POST", "actors", "{\"name\":\"Club\",\"kind\":\"ASSOCIATION\",\"sector\":\"SPORT\","
                + "\"contact\":{\"email\":\"" + person.email() + "\"}}");

        String query = "{\"email\":\"" + person.email().toUpperCase() + "\"}";
        assertEquals(403, a.asAdmin("POST", "/api/v1/admin/personal-data/search", query).status(),
                "a municipality's administrator does not answer for the whole platform");
        Api.Reply found = Api.post(Demo.PLATFORM_ADMIN, "/api/v1/admin/personal-data/search", query);
        assertEquals(200, found.status(), found.toString());
        assertEquals(2, found.json().getJsonArray("memberships").size());
        assertEquals(Map.of("logbook", "FOUND", "spiderweb", "NOTHING"), instruments(found.json()
                .getJsonObject("municipalities").getJsonObject(a.slug())));
        Api.Reply export = Api.post(Demo.PLATFORM_ADMIN, "/api/v1/admin/personal-data/export", query);
        assertEquals(200, export.status(), export.toString());
        assertTrue(export.body().contains("Geschreven door"), export.body());
        assertFalse(occurrences(person).isEmpty());
        assertTrue(ok(a.asAdmin("GET", "actors?size=200", null)).toString().contains(person.email()),
                "the club's contact, listed before (and this node keeps the page)");

        Api.Reply erased = Api.post(Demo.PLATFORM_ADMIN, "/api/v1/admin/personal-data/erasure", query);
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(401, Api.send(person.email(), password, "GET", "/api/v1/me", null).status(), "no account left");
        assertEquals(Map.of(), occurrences(person), "their address and name are in no column of any table");
        assertFalse(ok(a.asAdmin("GET", "actors?size=200", null)).toString().contains(person.email()),
                "the actors' list shows the erasure at once");
        assertTrue(a.asAdmin("GET", "members", null).array().stream().noneMatch(m -> m.toString().contains(
                person.surname())));
        assertEquals(404, Api.post(Demo.PLATFORM_ADMIN, "/api/v1/admin/personal-data/erasure", query).status(),
                "the account is gone; asking again finds no one");
        assertEquals(1, Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/audit?entityType=user").items()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("ERASE")
                        && e.getString("entityId").equals(found.json().getString("userId"))).count());
    }

    @Test
    void theLastAdministratorOfAMunicipalityIsNotErasedAndNothingChanges() throws SQLException {
        Municipality m = Municipality.fresh("dsrw");
        Api.Reply refused = Api.post(Demo.PLATFORM_ADMIN, "/api/v1/admin/personal-data/erasure",
                "{\"email\":\"" + m.admin() + "\"}");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains(m.slug()), refused.toString());
        assertEquals(200, m.asAdmin("GET", "members", null).status(), "still there, still administrator");
        assertEquals(400, Api.post(Demo.PLATFORM_ADMIN, "/api/v1/admin/personal-data/search", "{\"email\":\"x\"}")
                .status());
    }

    @Test
    void badRequestsAreClearAndChangeNothing() {
        Municipality m = Municipality.fresh("dsrd");
        for (String body : List.of("{}", "{\"name\":\"\"}", "{\"name\":\"X\"}", "{\"name\":\"Jan\",\"email\":\"geen-adres\"}",
                "[]", "{\"name\":\"Jan\",\"email\":5}")) {
            for (String path : List.of("search", "export", "erasure")) {
                Api.Reply reply = m.asAdmin("POST", "personal-data/" + path, body);
                assertEquals(400, reply.status(), path + " " + body + ": " + reply);
                assertTrue(reply.isProblem() && reply.json().containsKey("detail"), reply.toString());
            }
        }
        assertEquals(400, m.asAdmin("POST", "personal-data/export?format=xml", "{\"name\":\"Jan\"}").status());
        assertEquals(0, m.asAdmin("GET", "audit?entityType=personal-data", null).items().size());
    }

    /** Every text column of every table holding the surname or the address: table.column → rows. */
    static Map<String, Integer> occurrences(Person person) throws SQLException {
        Map<String, Integer> found = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "")) {
            List<String[]> columns = new ArrayList<>();
            try (var rs = db.createStatement().executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() AND data_type IN ('char','varchar','text','mediumtext','longtext')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] c : columns) {
                try (var ps = db.prepareStatement("SELECT COUNT(*) FROM `" + c[0] + "` WHERE LOWER(`" + c[1]
                        + "`) LIKE ? OR LOWER(`" + c[1] + "`) LIKE ?")) {
                    ps.setString(1, "%" + person.surname() + "%");
                    ps.setString(2, "%" + person.email() + "%");
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            found.put(c[0] + "." + c[1], rs.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }
}
