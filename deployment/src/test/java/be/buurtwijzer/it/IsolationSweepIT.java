package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path with a municipality in it, from both OpenAPI documents, called with <em>real</em> ids
 * of the right kind from municipality B: by a member of A through B's address (404), by that
 * member through A's own address with B's ids (never B's data, never a change), and by someone
 * who is administrator in A but only partner in B (refused writes). Afterwards B is exactly as it
 * was. The sweep fails when a path with {@code {tenant}} was not exercised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationSweepIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static final List<String> PLUGINS = List.of("logbook", "typology", "spiderweb", "activity-packages",
            "volunteers");

    /** B's objects, by the name of the placeholder or body field that takes them. */
    private final Map<String, String> b = new LinkedHashMap<>();
    /** B's record ids per plugin and kind ("spiderweb/web"). */
    private final Map<String, String> records = new LinkedHashMap<>();

    @Test
    void everyTenantPathKeepsMunicipalityBToItself() {
        Municipality a = Municipality.fresh("iso-a");
        Municipality bm = Municipality.fresh("iso-b");
        PLUGINS.forEach(p -> {
            a.subscribe(p);
            bm.subscribe(p);
        });
        fill(bm);
        // someone who administers A and is a partner in B
        String dual = "dual-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String dualPassword = a.member(dual, "TENANT_ADMIN");
        Api.Reply invited = bm.asAdmin("POST", "invitations", object().add("email", dual).add("role", "PARTNER").build());
        assertEquals(200, Api.send(dual, dualPassword, "POST", "/api/v1/invitations/" + invited.json().getString("token")
                + "/accept", null).status());

        String before = snapshot(bm);
        Set<String> exercised = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (JsonObject document : List.of(document(Api.send(null, null, "GET", "/openapi?format=JSON", null).body()),
                a.asAdmin("GET", "/api/v1/openapi/instruments", null).json())) {
            document.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().keySet().forEach(method -> {
                if (!template.contains("{tenant}") || !List.of("get", "post", "put", "delete").contains(method)) {
                    return;
                }
                String full = template.startsWith("/api") ? template : "/api" + template;
                for (String path : concrete(full)) {
                    String body = method.equals("get") || method.equals("delete") ? null : body(path);
                    String query = method.equals("get") && path.contains("/exports/") ? exportQuery() : "";
                    // 1. through B's address, as a member of A only: B does not exist for them
                    Api.Reply viaB = a.asAdmin(method.toUpperCase(), path.replace("{tenant}", bm.slug()) + query, body);
                    if (viaB.status() != 404 || !viaB.isProblem()) {
                        failures.add("via B's address " + method + " " + path + " → " + viaB);
                    }
                    // 2. through A's own address with B's ids: never B's data
                    Api.Reply viaA = a.asAdmin(method.toUpperCase(), path.replace("{tenant}", a.slug()) + query, body);
                    // an error may repeat the id the caller sent; an answer with content may hold none of B's
                    String leaked = viaA.status() < 300 ? leak(viaA.body())
                            : viaA.body().contains("Geheim-B") ? "Geheim-B" : null;
                    if (viaA.status() >= 500 || leaked != null) {
                        failures.add("via A's address " + method + " " + path + " → " + viaA.status() + " leaked " + leaked);
                    }
                    // 3. as administrator of A but partner of B, through B's address: no writes
                    Api.Reply weaker = Api.send(dual, dualPassword, method.toUpperCase(),
                            path.replace("{tenant}", bm.slug()) + query, body);
                    if (!method.equals("get") && weaker.status() < 400 && !readOnly(path)) {
                        failures.add("as B's partner " + method + " " + path + " → " + weaker);
                    }
                }
                exercised.add(method + " " + full);
            }));
        }
        assertEquals(List.of(), failures);
        assertTrue(exercised.size() >= 60, "the sweep reached " + exercised.size() + " paths: " + exercised);
        assertEquals(before, snapshot(bm), "nothing of B changed");
    }

    /** Operations that only read, which a partner may call. */
    private static boolean readOnly(String path) {
        return path.matches(".*/operations/(summary|classify|profile|portfolio|web|webs|factors|snapshots|compare|partner-scan|plan|plans"
                + "|propose|propose-split|policy|reach|reach-comparison|preferences"
                + "|entries|categories|theories|theory|baselines|measurements|templates|fragments|reports|report|report-settings)$");
    }

    /** A path template made concrete with B's ids; an instrument's generic paths once per plugin and kind. */
    private List<String> concrete(String template) {
        List<String> paths = new ArrayList<>();
        if (template.contains("{plugin}")) {
            for (var record : records.entrySet()) {
                String[] pluginAndKind = record.getKey().split("/");
                paths.add(template.replace("{plugin}", pluginAndKind[0]).replace("{kind}", pluginAndKind[1])
                        .replace("{id}", record.getValue()).replace("{name}", "nothing"));
            }
            return paths.stream().distinct().toList();
        }
        String path = template;
        if (template.contains("/neighbourhoods/")) {
            path = path.replace("{id}", b.get("neighbourhoodId"));
        } else if (template.contains("/actors/")) {
            path = path.replace("{id}", b.get("actorId"));
        } else if (template.contains("/initiatives/")) {
            path = path.replace("{id}", b.get("initiativeId"));
        } else if (template.contains("/invitations/")) {
            path = path.replace("{id}", b.get("invitationId"));
        } else if (template.contains("/consents/")) {
            path = path.replace("{id}", b.get("consentId"));
        }
        path = path.replace("{userId}", b.get("userId"));
        return List.of(path);
    }

    /** A body that names B's objects wherever an operation or entity takes an id. */
    private String body(String path) {
        var body = object();
        b.forEach(body::add);
        body.add("from", b.get("snapshotId")).add("to", b.get("snapshotId")).add("packageName", "Pakket")
                .add("name", "Naam van A " + UUID.randomUUID()).add("kind", "LIVED").add("role", "PARTNER")
                .add("version", 1).add("value", object().add("name", "x"));
        return body.build().toString();
    }

    private String exportQuery() {
        return "?webId=" + b.get("webId") + "&planId=" + b.get("planId") + "&neighbourhoodId=" + b.get("neighbourhoodId")
                + "&snapshotId=" + b.get("snapshotId") + "&reportId=" + b.get("reportId") + "&theoryId=" + b.get("theoryId");
    }

    /** The first of B's ids or unique names found in an answer, or null. */
    private String leak(String body) {
        if (body == null) {
            return null;
        }
        for (String value : b.values()) {
            if (value.length() > 8 && body.contains(value)) {
                return value;
            }
        }
        return body.contains("Geheim-B") ? "Geheim-B" : null;
    }

    private void fill(Municipality m) {
        b.put("neighbourhoodId", m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Geheim-B buurt\",\"kind\":\"LIVED\"}")
                .json().getString("id"));
        b.put("actorId", m.asAdmin("POST", "actors", "{\"name\":\"Geheim-B actor\",\"kind\":\"ASSOCIATION\","
                + "\"sector\":\"WELFARE\"}").json().getString("id"));
        b.put("initiativeId", m.asAdmin("POST", "initiatives", "{\"name\":\"Geheim-B initiatief\",\"status\":\"RUNNING\","
                + "\"neighbourhoodId\":\"" + b.get("neighbourhoodId") + "\",\"actorIds\":[\"" + b.get("actorId") + "\"]}")
                .json().getString("id"));
        String partner = "partner-b-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        m.member(partner, "PARTNER");
        b.put("userId", m.memberNamed(partner).getString("userId"));
        b.put("invitationId", m.asAdmin("POST", "invitations", object().add("email", "open-b-" + UUID.randomUUID()
                + "@example.org").add("role", "PARTNER").build()).json().getString("id"));
        b.put("consentId", m.asAdmin("POST", "consents", "{\"purpose\":\"fotos\",\"name\":\"Geheim-B persoon\","
                + "\"wording\":\"Ja\",\"wordingVersion\":\"1\"}").json().getString("id"));
        String ops = "instruments/";
        records.put("logbook/entry", m.asAdmin("POST", ops + "logbook/operations/add-entry", "{\"date\":\"2026-03-01\","
                + "\"title\":\"Geheim-B verhaal\",\"type\":\"STORY\"}").json().getString("id"));
        var profile = m.asAdmin("POST", ops + "typology/operations/save-answers", "{\"initiativeId\":\""
                + b.get("initiativeId") + "\",\"goals\":[\"MEETING\"],\"drivers\":[\"NEIGHBOURS\"],\"lead\":\"CITIZENS\","
                + "\"scale\":\"LIVED_NEIGHBOURHOOD\"}");
        assertEquals(200, profile.status(), profile.toString());
        records.put("typology/profile", m.asAdmin("GET", ops + "typology/records/profile", null).items()
                .getJsonObject(0).getString("id"));
        var web = m.asAdmin("POST", ops + "spiderweb/operations/save-web", "{\"name\":\"Geheim-B web\",\"placements\":"
                + "[{\"actorId\":\"" + b.get("actorId") + "\",\"current\":\"REFER\"}]}").json();
        b.put("webId", web.getString("id"));
        records.put("spiderweb/web", web.getString("id"));
        b.put("snapshotId", m.asAdmin("POST", ops + "spiderweb/operations/snapshot", "{\"webId\":\"" + web.getString("id")
                + "\",\"label\":\"Geheim-B moment\"}").json().getString("id"));
        records.put("spiderweb/snapshot", b.get("snapshotId"));
        m.asAdmin("POST", ops + "spiderweb/operations/add-factor", "{\"kind\":\"INHIBITING\",\"nl\":\"Geheim-B factor\"}");
        records.put("spiderweb/factor", m.asAdmin("GET", ops + "spiderweb/records/factor", null).items()
                .getJsonObject(0).getString("id"));
        var plan = m.asAdmin("POST", ops + "activity-packages/operations/save-plan", "{\"challenge\":\"Geheim-B planning\","
                + "\"activities\":[{\"id\":\"a\",\"name\":\"Geheim-B activiteit\"}]}").json();
        b.put("planId", plan.getString("id"));
        records.put("activity-packages/plan", plan.getString("id"));
        records.put("volunteers/policy", m.asAdmin("POST", ops + "volunteers/operations/save-policy",
                "{\"answers\":{\"coaching.who\":\"Geheim-B coach\"}}").json().getString("id"));
        var volunteer = m.asAdmin("POST", ops + "volunteers/operations/save-volunteer", "{\"volunteer\":{\"name\":"
                + "\"Geheim-B vrijwilliger\",\"start\":\"2025-01-01\"}}").json();
        b.put("volunteerId", volunteer.getString("id"));
        records.put("volunteers/volunteer", volunteer.getString("id"));
        records.put("volunteers/allowance", m.asAdmin("POST", ops + "volunteers/operations/book-allowance",
                "{\"volunteerId\":\"" + volunteer.getString("id") + "\",\"date\":\"2025-03-01\",\"type\":\"FLAT_RATE\","
                        + "\"amount\":10}").json().getString("id"));
        String roleId = m.asAdmin("POST", ops + "volunteers/operations/save-role", "{\"role\":{\"name\":"
                + "\"Geheim-B taak\",\"volunteerIds\":[\"" + volunteer.getString("id") + "\"]}}").json().getString("id");
        records.put("volunteers/role", roleId);
        b.put("roleId", roleId);
        assertEquals(200, m.asAdmin("POST", ops + "volunteers/operations/save-preferences",
                "{\"preferences\":{\"registerOccasions\":true}}").status());
        records.put("volunteers/preferences", m.asAdmin("GET", ops + "volunteers/records/preferences", null).items()
                .getJsonObject(0).getString("id"));
        String occasionId = m.asAdmin("POST", ops + "volunteers/operations/record-occasion",
                "{\"roleId\":\"" + roleId + "\",\"volunteerId\":\"" + volunteer.getString("id")
                        + "\",\"date\":\"2025-03-01\",\"hours\":2}").json().getString("id");
        records.put("volunteers/occasion", occasionId);
        b.put("id", occasionId);
        records.put("volunteers/neighbourhood-profile", m.asAdmin("POST", ops
                + "volunteers/operations/save-neighbourhood-profile", "{\"profile\":{\"neighbourhoodId\":\""
                + b.get("neighbourhoodId") + "\",\"residentsByAgeBand\":{\"FROM_80\":17},\"source\":\"Geheim-B bron\","
                + "\"date\":\"2025-01-01\"}}").json().getString("id"));
        var theory = m.asAdmin("POST", ops + "logbook/operations/save-theory", "{\"theory\":{\"name\":\"Geheim-B "
                + "theorie\",\"outcomes\":[{\"id\":\"o\",\"text\":\"Geheim-B uitkomst\"}],\"indicators\":[{\"id\":"
                + "\"i\",\"outcomeId\":\"o\",\"what\":\"Geheim-B indicator\"}]}}").json();
        b.put("theoryId", theory.getString("id"));
        records.put("logbook/theory", theory.getString("id"));
        records.put("logbook/measurement", m.asAdmin("POST", ops + "logbook/operations/record-measurement",
                "{\"theoryId\":\"" + theory.getString("id") + "\",\"indicatorId\":\"i\",\"date\":\"2026-03-01\","
                        + "\"value\":3,\"source\":\"Geheim-B bron\"}").json().getString("id"));
        records.put("logbook/baseline", m.asAdmin("POST", ops + "logbook/operations/save-baseline", "{\"baseline\":"
                + "{\"neighbourhoodId\":\"" + b.get("neighbourhoodId") + "\",\"date\":\"2025-01-01\",\"narrative\":"
                + "\"Geheim-B begin\"}}").json().getString("id"));
        String reportId = m.asAdmin("POST", ops + "logbook/operations/save-report", "{\"templateId\":\"annual-report\","
                + "\"theoryId\":\"" + theory.getString("id") + "\",\"texts\":{\"0\":\"Geheim-B tekst\"}}").json()
                .getString("id");
        b.put("reportId", reportId);
        records.put("logbook/report", reportId);
        records.put("volunteers/insurance", m.asAdmin("POST", ops + "volunteers/operations/save-insurance",
                "{\"insurance\":{\"insurer\":\"Geheim-B verzekeraar\"}}").json().getString("id"));
        b.values().forEach(v -> assertTrue(v != null && !v.isBlank()));
    }

    /** Everything a member of B can read of B (but the audit trail, which the sweep's refusals do not touch). */
    private String snapshot(Municipality m) {
        StringBuilder all = new StringBuilder();
        for (String list : List.of("neighbourhoods?size=200", "actors?size=200", "initiatives?size=200", "members",
                "invitations", "settings", "instruments", "consents", "personal-data/processing-register")) {
            all.append(Api.okBody(m.asAdmin("GET", list, null))).append('\n');
        }
        for (String kind : records.keySet()) {
            String[] pluginAndKind = kind.split("/");
            all.append(Api.okBody(m.asAdmin("GET", "instruments/" + pluginAndKind[0] + "/records/" + pluginAndKind[1]
                    + "?size=200", null))).append('\n');
        }
        return all.toString();
    }

    private static JsonObject document(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
