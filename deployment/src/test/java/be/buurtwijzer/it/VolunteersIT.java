package be.buurtwijzer.it;

import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static be.buurtwijzer.it.Demo.STEDEREN_PARTNER;
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

/**
 * The volunteer policy over REST on MariaDB: a policy written, approved and exported as the organisation note;
 * volunteers registered; allowances booked until the yearly cap refuses one; the nominative list; a year's
 * caps added by a platform administrator without a release; partners see counts, never people; nothing of
 * one municipality reaches another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteersIT {

    private static final String OPS = "instruments/volunteers/operations/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static String answers() {
        StringBuilder json = new StringBuilder("{");
        for (String id : List.of("commitment.same", "compensation.how", "compensation.insurance", "knowledge.required",
                "knowledge.taught", "tasks.may", "tasks.referOn", "coaching.who", "openness.how", "notVolunteering.how",
                "joining.when", "note.aim", "note.legalStatus", "note.responsible", "note.insurance", "note.allowances",
                "note.discretion")) {
            json.append(json.length() > 1 ? "," : "").append("\"").append(id).append("\":\"Antwoord ").append(id).append("\"");
        }
        return json.append("}").toString();
    }

    @Test
    void aMunicipalityWritesApprovesRegistersAndBooksUntilTheCap() {
        Municipality m = Municipality.fresh("vol");
        m.subscribe("volunteers");
        Api.Reply notYet = m.asAdmin("GET", "instruments/volunteers/exports/organisation-note-pdf", null);
        assertEquals(400, notYet.status(), "no approved policy yet: " + notYet);
        assertTrue(notYet.isProblem());

        JsonObject draft = ok(m.asAdmin("POST", OPS + "save-policy", "{\"answers\":{\"coaching.who\":\"De buurtwerker\"}}"));
        assertEquals(16, draft.getJsonArray("open").size());
        Api.Reply early = m.asAdmin("POST", OPS + "approve-policy", "{\"version\":1}");
        assertEquals(400, early.status(), early.toString());
        assertEquals("answers", early.json().getString("field"));
        Api.Reply unknown = m.asAdmin("POST", OPS + "save-policy", "{\"answers\":{\"nope\":\"x\"}}");
        assertEquals(400, unknown.status(), unknown.toString());
        ok(m.asAdmin("POST", OPS + "save-policy", "{\"answers\":" + answers() + ",\"recordVersion\":"
                + draft.getJsonNumber("recordVersion") + "}"));
        JsonObject approved = ok(m.asAdmin("POST", OPS + "approve-policy", "{\"version\":1}"));
        assertTrue(approved.getBoolean("approved"));
        assertEquals(409, m.asAdmin("POST", OPS + "approve-policy", "{\"version\":1}").status(), "frozen");

        Api.Reply pdf = m.asAdmin("GET", "instruments/volunteers/exports/organisation-note-pdf", null);
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        Api.Reply docx = m.asAdmin("GET", "instruments/volunteers/exports/organisation-note-docx", null);
        assertEquals(200, docx.status(), docx.toString());
        assertTrue(docx.body().startsWith("PK"), "a DOCX is a zip");

        String an = ok(m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"An Peeters\","
                + "\"start\":\"2025-01-06\"}}")).getString("id");
        ok(m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"Bart\",\"start\":\"2025-02-01\"}}"));
        ok(m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"Cas\",\"start\":\"2025-03-01\"}}"));
        Api.Reply noName = m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"start\":\"2025-03-01\"}}");
        assertEquals(400, noName.status());
        assertEquals("volunteer.name", noName.json().getString("field"));
        Api.Reply endBeforeStart = m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"D\","
                + "\"start\":\"2025-03-01\",\"end\":\"2025-02-01\"}}");
        assertEquals("volunteer.end", endBeforeStart.json().getString("field"));
        Api.Reply noConsent = m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"Eva\","
                + "\"start\":\"2025-03-01\",\"ageBand\":\"FROM_80\"}}");
        assertEquals(400, noConsent.status(), "the reach fields only with consent: " + noConsent);
        assertEquals("volunteer.ageBand", noConsent.json().getString("field"));
        Api.Reply list = m.asAdmin("POST", OPS + "volunteers", "{}");
        assertEquals(200, list.status(), list.toString());
        assertEquals(3, list.array().size(), "nothing of a refused volunteer was stored");
        JsonObject eva = ok(m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"Eva\","
                + "\"start\":\"2025-03-01\",\"ageBand\":\"FROM_80\"},\"reachConsent\":true}"));
        assertTrue(eva.getBoolean("reachConsent"));
        Api.Reply consents = m.asAdmin("GET", "consents?purpose=reach-fields", null);
        assertEquals(1, consents.array().size(), "recorded in the platform's consent register: " + consents);
        assertEquals("volunteers", consents.array().getJsonObject(0).getString("instrument"));
        assertEquals(400, m.asAdmin("POST", OPS + "save-role", "{\"role\":{\"name\":\"X\",\"initiativeId\":\"elders\"}}")
                .status(), "an initiative of the register, or none");

        int booked = 0;
        Api.Reply reply;
        java.time.LocalDate day = java.time.LocalDate.parse("2025-01-06");
        do {
            reply = m.asAdmin("POST", OPS + "book-allowance", "{\"volunteerId\":\"" + an + "\",\"date\":\"" + day
                    + "\",\"type\":\"FLAT_RATE\",\"amount\":42.31}");
            booked += reply.status() == 200 ? 1 : 0;
            day = day.plusDays(1);
        } while (reply.status() == 200 && booked < 100);
        assertEquals(40, booked, "the 41st crosses the yearly cap of € 1.692,51");
        assertEquals(400, reply.status());
        assertEquals("amount", reply.json().getString("field"));
        assertTrue(reply.json().getString("detail").contains("jaarplafond"), reply.toString());
        Api.Reply mixed = m.asAdmin("POST", OPS + "book-allowance", "{\"volunteerId\":\"" + an + "\",\"date\":\"2025-12-01\","
                + "\"type\":\"REAL_COSTS\",\"amount\":5}");
        assertEquals("type", mixed.json().getString("field"), "one system per calendar year: " + mixed);

        Api.Reply noCaps = m.asAdmin("POST", OPS + "book-allowance", "{\"volunteerId\":\"" + an + "\",\"date\":\"2027-01-04\","
                + "\"type\":\"FLAT_RATE\",\"amount\":10}");
        assertEquals(400, noCaps.status());
        assertEquals("date", noCaps.json().getString("field"));
        Api.Reply settings = Api.get(PLATFORM_ADMIN, "/api/v1/admin/plugin-settings");
        assertEquals(200, settings.status(), settings.toString());
        JsonObject caps = settings.array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals("allowance-caps")).findFirst().orElseThrow();
        Long version = caps.containsKey("version") && !caps.isNull("version") ? caps.getJsonNumber("version").longValue()
                : null;
        String value = "{\\\"years\\\":[{\\\"year\\\":2027,\\\"perDay\\\":\\\"44.00\\\",\\\"perYear\\\":\\\"1760.00\\\","
                + "\\\"source\\\":\\\"test\\\"}]}";
        Api.Reply bad = Api.put(PLATFORM_ADMIN, "/api/v1/admin/plugin-settings/volunteers/allowance-caps",
                "{\"value\":\"{\\\"years\\\":[{\\\"year\\\":2027}]}\",\"version\":" + version + "}");
        assertEquals(400, bad.status(), "the plugin checks it: " + bad);
        assertEquals(403, m.asAdmin("PUT", "/api/v1/admin/plugin-settings/volunteers/allowance-caps",
                "{\"value\":\"" + value + "\",\"version\":" + version + "}").status(), "a platform administrator's job");
        assertEquals(200, Api.put(PLATFORM_ADMIN, "/api/v1/admin/plugin-settings/volunteers/allowance-caps",
                "{\"value\":\"" + value + "\",\"version\":" + version + "}").status());
        ok(m.asAdmin("POST", OPS + "book-allowance", "{\"volunteerId\":\"" + an + "\",\"date\":\"2027-01-04\","
                + "\"type\":\"FLAT_RATE\",\"amount\":10}"));

        JsonObject insurance = ok(m.asAdmin("POST", OPS + "save-insurance", "{\"insurance\":{\"insurer\":\"Ethias\","
                + "\"policyNumber\":\"45.123.678\",\"covers\":[\"CIVIL_LIABILITY\"]}}"));
        assertEquals(400, m.asAdmin("POST", OPS + "save-insurance", "{\"insurance\":{\"covers\":[]}}").status());
        ok(m.asAdmin("POST", OPS + "save-role", "{\"role\":{\"name\":\"Vervoer naar het ziekenhuis\",\"referOn\":"
                + "\"Medische vragen: de buurtwerker\",\"requiredCovers\":[\"CIVIL_LIABILITY\",\"BODILY_INJURY\"],"
                + "\"volunteerIds\":[\"" + an + "\"]}}"));
        Api.Reply unknownVolunteer = m.asAdmin("POST", OPS + "save-role", "{\"role\":{\"name\":\"X\",\"volunteerIds\":"
                + "[\"nobody\"]}}");
        assertEquals(404, unknownVolunteer.status(), unknownVolunteer.toString());
        JsonObject engagements = ok(m.asAdmin("POST", OPS + "engagements", "{}"));
        assertEquals(1, engagements.getJsonArray("warnings").size(), engagements.toString());
        assertTrue(engagements.getJsonArray("warnings").getJsonObject(0).getString("message").contains("lichamelijke schade"));
        ok(m.asAdmin("POST", OPS + "save-insurance", "{\"insurance\":{\"insurer\":\"Ethias\",\"covers\":"
                + "[\"CIVIL_LIABILITY\",\"BODILY_INJURY\",\"LEGAL_AID\"]},\"version\":"
                + insurance.getJsonNumber("version") + "}"));
        assertEquals(0, ok(m.asAdmin("POST", OPS + "engagements", "{}")).getJsonArray("warnings").size());
        assertEquals(4, ok(m.asAdmin("POST", OPS + "reach", "{}")).getInt("active"));

        Api.Reply csv = m.asAdmin("GET", "instruments/volunteers/exports/allowances-csv?year=2025", null);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.body().startsWith("\uFEFFVrijwilliger;Datum;"));
        assertTrue(csv.body().contains("An Peeters;06/01/2025;forfaitaire onkostenvergoeding;42,31"));
        assertEquals(400, m.asAdmin("GET", "instruments/volunteers/exports/allowances-csv?year=twee", null).status());
        assertEquals(200, m.asAdmin("GET", "instruments/volunteers/exports/allowances-pdf?year=2025", null).status());
    }

    @Test
    void partnersSeeCountsAndOtherMunicipalitiesNothing() {
        Demo.awaitInstrumentData();
        JsonObject summary = null;
        for (int i = 0; i < 60; i++) {
            summary = ok(Api.post(STEDEREN_PARTNER, STEDEREN + "/" + OPS + "summary", "{}"));
            if (summary.getInt("volunteersTotal") >= 4) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertEquals(3, summary.getInt("activeVolunteers"), "the demo: Jef, Fatima and Georges are active, Lotte left");
        assertEquals(1, summary.getInt("approvedPolicyVersion"));
        assertFalse(summary.toString().contains("Jef"));
        for (String op : List.of("volunteers", "allowances")) {
            assertEquals(403, Api.post(STEDEREN_PARTNER, STEDEREN + "/" + OPS + op, "{}").status(), op);
        }
        assertEquals(403, Api.get(STEDEREN_PARTNER, STEDEREN + "/instruments/volunteers/exports/allowances-csv").status());
        assertEquals(403, Api.get(STEDEREN_PARTNER, STEDEREN + "/instruments/volunteers/records/volunteer").status());
        assertTrue(Api.post(STEDEREN_COORDINATOR, STEDEREN + "/" + OPS + "volunteers", "{}").body().contains("Jef Van Rompaey"));
        JsonObject reach = ok(Api.post(STEDEREN_PARTNER, STEDEREN + "/" + OPS + "reach", "{}"));
        assertEquals(3, reach.getInt("active"));
        JsonObject station = Api.post(STEDEREN_PARTNER, STEDEREN + "/" + OPS + "reach-comparison", "{}").array()
                .getJsonObject(0);
        assertEquals("Stationswijk", station.getString("neighbourhood"));
        assertTrue(station.getJsonObject("comparison").getJsonArray("bands").getJsonObject(0)
                .getBoolean("underrepresented"), "the demo's group has nobody under 25: " + station);
        assertFalse(station.toString().contains("Georges"), "counts, not people");
        assertFalse(reach.toString().contains("Jef") || reach.toString().contains("Fatima"), "counts, not people");
        assertEquals(403, Api.post(STEDEREN_PARTNER, STEDEREN + "/" + OPS + "engagements", "{}").status());

        Municipality other = Municipality.fresh("volx");
        other.subscribe("volunteers");
        String jef = Api.post(STEDEREN_COORDINATOR, STEDEREN + "/" + OPS + "volunteers", "{}").array().getJsonObject(0)
                .getString("id");
        Api.Reply cross = other.asAdmin("POST", OPS + "book-allowance", "{\"volunteerId\":\"" + jef + "\",\"date\":"
                + "\"2025-05-05\",\"type\":\"FLAT_RATE\",\"amount\":5}");
        assertEquals(404, cross.status(), "Stederen's volunteer is not there: " + cross);
        assertEquals(0, other.asAdmin("POST", OPS + "volunteers", "{}").array().size());
        assertEquals(404, other.asAdmin("POST", STEDEREN + "/" + OPS + "volunteers", "{}").status());
        assertFalse(other.asAdmin("GET", "instruments/volunteers/exports/allowances-csv?year=2025", null).body()
                .contains("Jef"));
    }

    @Test
    void occasionsAreRegisteredOnlyWhenSwitchedOnAndResidentsNeedASource() {
        Municipality m = Municipality.fresh("volocc");
        m.subscribe("volunteers");
        String partner = "partner@" + m.slug() + ".example";
        String partnerPassword = m.member(partner, "PARTNER");
        String an = ok(m.asAdmin("POST", OPS + "save-volunteer", "{\"volunteer\":{\"name\":\"An Peeters\","
                + "\"start\":\"2025-01-06\"}}")).getString("id");
        String role = ok(m.asAdmin("POST", OPS + "save-role", "{\"role\":{\"name\":\"Soep brengen\",\"volunteerIds\":"
                + "[\"" + an + "\"]}}")).getString("id");
        String once = "{\"roleId\":\"" + role + "\",\"volunteerId\":\"" + an + "\",\"date\":\"2025-03-01\",\"hours\":1.5}";
        Api.Reply off = m.asAdmin("POST", OPS + "record-occasion", once);
        assertEquals(409, off.status(), off.toString());
        assertTrue(off.isProblem() && off.json().getString("detail").contains("registreert geen inzetmomenten"), off.toString());
        assertEquals(403, Api.send(partner, partnerPassword, "POST", m.base() + "/" + OPS
                + "save-preferences", "{\"preferences\":{\"registerOccasions\":true}}").status(), "a partner does not decide");
        ok(m.asAdmin("POST", OPS + "save-preferences", "{\"preferences\":{\"registerOccasions\":true}}"));
        ok(m.asAdmin("POST", OPS + "record-occasion", once));
        Api.Reply tooLong = m.asAdmin("POST", OPS + "record-occasion", once.replace("1.5", "25"));
        assertEquals(400, tooLong.status());
        assertEquals("hours", tooLong.json().getString("field"));
        Api.Reply stranger = m.asAdmin("POST", OPS + "record-occasion", once.replace(an, "nobody"));
        assertEquals("volunteerId", stranger.json().getString("field"), stranger.toString());
        JsonObject year = ok(m.asAdmin("POST", OPS + "occasions", "{\"year\":2025}"));
        assertEquals(1, year.getJsonArray("occasions").size(), "nothing of the refused ones: " + year);
        assertEquals(1, year.getJsonArray("tasks").getJsonObject(0).getInt("occasions"));
        assertEquals(403, Api.send(partner, partnerPassword, "POST", m.base() + "/" + OPS
                + "occasions", "{}").status(), "who did what when is not for partners");

        String centrum = m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Centrum\",\"kind\":\"LIVED\"}").json()
                .getString("id");
        Api.Reply noSource = m.asAdmin("POST", OPS + "save-neighbourhood-profile", "{\"profile\":{\"neighbourhoodId\":\""
                + centrum + "\",\"residentsByAgeBand\":{\"UNDER_25\":100},\"date\":\"2025-01-01\"}}");
        assertEquals(400, noSource.status());
        assertEquals("profile.source", noSource.json().getString("field"));
        ok(m.asAdmin("POST", OPS + "save-neighbourhood-profile", "{\"profile\":{\"neighbourhoodId\":\"" + centrum
                + "\",\"residentsByAgeBand\":{\"UNDER_25\":100},\"source\":\"Bevolkingsregister\",\"date\":\"2025-01-01\"}}"));
        assertEquals(1, m.asAdmin("POST", OPS + "reach-comparison", "{}").array().size());

        Municipality other = Municipality.fresh("volocc2");
        other.subscribe("volunteers");
        ok(other.asAdmin("POST", OPS + "save-preferences", "{\"preferences\":{\"registerOccasions\":true}}"));
        assertEquals(404, other.asAdmin("POST", OPS + "record-occasion", once).status(), "another municipality's task");
        assertEquals(0, ok(other.asAdmin("POST", OPS + "occasions", "{\"year\":2025}")).getJsonArray("occasions").size());
        assertEquals(400, other.asAdmin("POST", OPS + "save-neighbourhood-profile", "{\"profile\":{\"neighbourhoodId\":\""
                + centrum + "\",\"residentsByAgeBand\":{\"UNDER_25\":1},\"source\":\"x\",\"date\":\"2025-01-01\"}}")
                .status(), "another municipality's neighbourhood");
        assertEquals(0, other.asAdmin("POST", OPS + "reach-comparison", "{}").array().size());
    }
}
