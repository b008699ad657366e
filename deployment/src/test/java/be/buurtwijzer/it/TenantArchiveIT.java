package be.buurtwijzer.it;

import static be.buurtwijzer.it.Demo.GEMEENTEGEM_ADMIN;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export and import of a whole municipality: a round trip of a demo municipality with every bundled
 * instrument's records (export, import under a new slug, export again: the same, except ids,
 * slug and the import's own audit entry), refusals that write nothing, and isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantArchiveIT {

    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aDemoMunicipalityMakesTheRoundTripWithNothingLost() {
        Demo.awaitInstrumentData();
        // the demo fills every instrument but the logbook: one entry, a story naming an initiative of the register
        String initiative = Api.get(STEDEREN_ADMIN, "/api/v1/tenants/stederen/initiatives").items().getJsonObject(0)
                .getString("id");
        Api.Reply story = Api.post(STEDEREN_COORDINATOR, "/api/v1/tenants/stederen/instruments/logbook/operations/add-entry",
                "{\"date\":\"2026-03-01\",\"title\":\"Buurtsoep " + initiative + "\",\"type\":\"STORY\"}");
        assertEquals(200, story.status(), story.toString());
        // a consent naming an actor of the register, and the municipality's own retention for the logbook
        String actor = Api.get(STEDEREN_ADMIN, "/api/v1/tenants/stederen/actors?q=Mariette").items().getJsonObject(0)
                .getString("id");
        Api.Reply consent = Api.post(STEDEREN_COORDINATOR, "/api/v1/tenants/stederen/consents", "{\"purpose\":"
                + "\"foto-s-in-verslagen\",\"name\":\"Mariette Claes\",\"actorId\":\"" + actor + "\",\"wording\":"
                + "\"Ik geef toestemming.\",\"wordingVersion\":\"1\"}");
        assertEquals(201, consent.status(), consent.toString());
        assertEquals(200, Api.put(STEDEREN_ADMIN, "/api/v1/tenants/stederen/personal-data/retention/logbook/entry",
                "{\"days\":3650}").status());
        byte[] first = Archives.export("stederen").body();
        Map<String, String> source = Archives.entries(first);
        JsonObject manifest = Archives.manifest(first);
        assertEquals(1, manifest.getInt("formatVersion"));
        assertEquals("stederen", manifest.getJsonObject("source").getString("slug"));
        assertFalse(source.get("members.jsonl").contains("password"), "no password hashes in the archive");
        assertTrue(source.get("members.jsonl").contains("coordinator@stederen.example"));
        assertTrue(source.get("consents.jsonl").contains("foto-s-in-verslagen"), "consents travel along");
        assertTrue(source.get("retention.jsonl").contains("3650"), "and the municipality's own retention");
        for (String plugin : List.of("logbook", "typology", "spiderweb", "activity-packages", "volunteers")) {
            assertTrue(source.containsKey("records/" + plugin + ".jsonl"), plugin + " records in " + source.keySet());
            assertTrue(manifest.getJsonArray("plugins").toString().contains("\"id\":\"" + plugin + "\""));
        }
        assertTrue(manifest.getJsonArray("entries").size() >= 12);

        String copy = "stederen-kopie-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply imported = Archives.importArchive(PLATFORM_ADMIN, Api.PASSWORD, first, copy, "Stederen (kopie)");
        assertEquals(201, imported.status(), imported.toString());
        assertEquals(List.of(), imported.json().getJsonArray("createdAccounts").getValuesAs(JsonValue::toString),
                "the demo's members have accounts here already");

        byte[] second = Archives.export(copy).body();
        Map<String, String> again = Archives.entries(second);
        assertEquals(source.keySet(), again.keySet());
        for (String entry : source.keySet()) {
            if (entry.equals("manifest.json") || entry.equals("tenant.json")) {
                continue;
            }
            List<String> before = normalised(source.get(entry));
            List<String> after = normalised(again.get(entry));
            if (entry.equals("audit.jsonl")) {
                after.removeIf(line -> line.contains("\"entity_type\":\"tenant-import\""));
            }
            assertEquals(before, after, entry + " is the same, ids aside");
        }
        JsonObject tenant = Archives.json(again.get("tenant.json").trim());
        assertEquals(copy, tenant.getString("slug"));
        assertEquals("Stederen (kopie)", tenant.getString("name"));
        // rows: the same number of every kind, the audit trail one more (the import itself)
        Map<String, Long> rowsBefore = rows(manifest);
        Map<String, Long> rowsAfter = rows(Archives.manifest(second));
        rowsAfter.merge("audit.jsonl", -1L, Long::sum);
        assertEquals(rowsBefore, rowsAfter);
        assertEquals(Archives.rowsOf("stederen").get("plugin_record"), Archives.rowsOf(copy).get("plugin_record"));
        assertEquals(Archives.rowsOf("stederen").get("initiative_actor"), Archives.rowsOf(copy).get("initiative_actor"));

        // no row of the copy has an id of the source (primary keys are global), users aside: they are the same people
        Set<String> sourceIds = ids(source, true);
        Set<String> copyIds = ids(again, true);
        copyIds.retainAll(sourceIds);
        assertEquals(Set.of(), copyIds, "the copy's rows have ids of their own");

        // the instruments read their own data in the copy, with its references resolved to the copy's register
        for (String operation : List.of("typology/operations/portfolio", "spiderweb/operations/webs",
                "activity-packages/operations/plans", "logbook/operations/summary")) {
            String original = Api.post(STEDEREN_ADMIN, "/api/v1/tenants/stederen/instruments/" + operation, "{}").body();
            Api.Reply copied = Api.post(STEDEREN_ADMIN, "/api/v1/tenants/" + copy + "/instruments/" + operation, "{}");
            assertEquals(200, copied.status(), operation + ": " + copied);
            String expected = canonical(original);
            String actual = canonical(copied.body());
            if (!expected.equals(actual)) {
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "roundtrip-" + operation.replace('/', '_')
                            + ".txt"), expected + "\n----\n" + actual);
                } catch (java.io.IOException ignored) {
                    // only a help for reading the failure
                }
            }
            assertEquals(expected, actual, operation);
        }
        // the source is untouched, and the copy's people are the same accounts with the same roles
        assertEquals(200, Api.get(STEDEREN_COORDINATOR, "/api/v1/tenants/" + copy + "/initiatives").status());
        assertEquals(404, Api.get(GEMEENTEGEM_ADMIN, "/api/v1/tenants/" + copy + "/initiatives").status());
    }

    @Test
    void aStoryKeepsItsPhotoThroughExportAndImport() throws Exception {
        Municipality m = Municipality.fresh("arcfile");
        m.subscribe("logbook");
        String files = m.base() + "/instruments/logbook/files/story-media";
        Api.Reply photo = DocumentationIT.upload(m.admin(), m.adminPassword(), files + "?name=buren.jpg",
                DocumentationIT.jpeg(640, 480), "image/jpeg");
        assertEquals(201, photo.status(), photo.toString());
        String fileId = photo.json().getString("id");
        assertEquals(200, m.asAdmin("POST", "instruments/logbook/operations/add-story", "{\"entry\":{\"date\":"
                + "\"2026-03-01\",\"title\":\"Buren\",\"type\":\"STORY\",\"attachments\":[{\"fileId\":\"" + fileId
                + "\",\"alt\":\"Twee buren op een bank\"}]},\"consentConfirmed\":false}").status());
        byte[] original = DocumentationIT.download(m.admin(), m.adminPassword(), files + "/" + fileId).body();
        String copy = "arcfile-copy-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Api.Reply imported = Archives.importArchive(PLATFORM_ADMIN, Api.PASSWORD, Archives.export(m.slug()).body(), copy,
                null);
        assertEquals(201, imported.status(), imported.toString());
        // the members come with the archive: the same administrator, in the copy
        String copyAdmin = m.admin();
        String password = m.adminPassword();
        JsonObject entry = Api.send(copyAdmin, password, "POST", "/api/v1/tenants/" + copy
                + "/instruments/logbook/operations/entries", "{}").array().getJsonObject(0).getJsonObject("entry");
        String copied = entry.getJsonArray("attachments").getJsonObject(0).getString("fileId");
        assertFalse(copied.equals(fileId), "the copy's file has an id of its own");
        var download = DocumentationIT.download(copyAdmin, password, "/api/v1/tenants/" + copy
                + "/instruments/logbook/files/story-media/" + copied);
        assertEquals(200, download.status());
        assertTrue(java.util.Arrays.equals(original, download.body()), "the same photo");
    }

    @Test
    void aBrokenOrUnsuitableArchiveIsRefusedWithNothingWritten() {
        Demo.awaitInstrumentData();
        byte[] good = Archives.export("gemeentegem").body();
        String slug = "geweigerd-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Long> before = Archives.allRows();

        // truncated
        assertRefused(Arrays.copyOf(good, good.length - 100), slug, 400, "truncated");
        assertRefused(Arrays.copyOf(good, good.length / 2), slug, 400, "truncated");
        // tampered: an entry changed, its checksum not
        Map<String, String> entries = Archives.entries(good);
        entries.put("register/actors.jsonl", entries.get("register/actors.jsonl").replace("\"WELFARE\"", "\"CULTURE\""));
        assertRefused(Archives.zip(entries), slug, 400, "register/actors.jsonl: checksum does not match");
        // from a newer format or platform
        assertRefused(Archives.edited(good, null, null, m -> m.replace("\"formatVersion\":1", "\"formatVersion\":2")),
                slug, 400, "format version 2");
        assertRefused(Archives.edited(good, null, null, m -> m.replaceFirst("\"platformVersion\":\"[^\"]+\"",
                "\"platformVersion\":\"9.0.0\"")), slug, 400, "newer than this one");
        // plugins missing or too old, all listed
        assertRefused(Archives.edited(good, null, null, m -> m.replace("\"plugins\":[", "\"plugins\":[{\"id\":\"vrijwilligers\","
                + "\"version\":\"2.0.0\",\"schemaVersion\":1,\"records\":0},").replaceFirst(
                "(\"id\":\"typology\",\"version\":\"[^\"]+\",\"schemaVersion\":)\\d+", "$199")), slug, 400,
                "vrijwilligers 2.0.0 is not installed");
        Api.Reply both = Archives.importArchive(PLATFORM_ADMIN, Api.PASSWORD, Archives.edited(good, null, null,
                m -> m.replace("\"plugins\":[", "\"plugins\":[{\"id\":\"vrijwilligers\",\"version\":\"2.0.0\","
                        + "\"schemaVersion\":1,\"records\":0},").replaceFirst(
                        "(\"id\":\"typology\",\"version\":\"[^\"]+\",\"schemaVersion\":)\\d+", "$199")), slug, null);
        assertTrue(both.body().contains("typology") && both.body().contains("needs data schema 99"), both.toString());
        // an existing slug
        assertRefused(good, "stederen", 409, "already exists");
        // a forged archive, consistent checksums, that fails half-way through writing (after the municipality,
        // its members and a new account were written): all of it is rolled back
        byte[] halfway = Archives.edited(Archives.edited(good, "members.jsonl",
                m -> m + "{\"user_id\":\"" + UUID.randomUUID() + "\",\"email\":\"nieuw-" + slug + "@example.org\","
                        + "\"display_name\":\"Nieuw\",\"preferred_locale\":null,\"role\":\"PARTNER\","
                        + "\"created_at\":\"2026-01-01T00:00:00Z\"}\n", null),
                "records/typology.jsonl", r -> r.replaceFirst("\"schema_version\":\\d+", "\"schema_version\":\"een\""), null);
        assertRefused(halfway, slug, 400, "records/typology.jsonl");
        // and nobody but a platform administrator imports
        Api.Reply tenantAdmin = Archives.importArchive(STEDEREN_ADMIN, Api.PASSWORD, good, slug, null);
        assertEquals(403, tenantAdmin.status(), tenantAdmin.toString());

        assertEquals(before, Archives.allRows(), "no row written anywhere");
        Api.Reply later = Archives.importArchive(PLATFORM_ADMIN, Api.PASSWORD, good, slug, null);
        assertEquals(201, later.status(), "the good archive is accepted: " + later);
        assertEquals(Archives.manifest(good).getJsonObject("source").getString("name"), later.json().getString("name"));
    }

    @Test
    void anAdministratorExportsOnlyTheirOwnMunicipality() {
        Archives.Download own = Archives.download(STEDEREN_ADMIN, Api.PASSWORD, "/api/v1/tenants/stederen/export");
        assertEquals(200, own.status());
        assertEquals("application/zip", own.contentType());
        assertTrue(own.disposition().contains("stederen-") && own.disposition().endsWith(".buurtwijzer.zip\""));
        assertEquals("stederen", Archives.manifest(own.body()).getJsonObject("source").getString("slug"));
        assertFalse(Archives.entries(own.body()).values().stream().anyMatch(e -> e.contains("Gemeentegem")
                && e.contains("gemeentegem.example") && !e.contains("regio")), "nothing of Gemeentegem");

        Archives.Download other = Archives.download(STEDEREN_ADMIN, Api.PASSWORD, "/api/v1/tenants/gemeentegem/export");
        assertEquals(404, other.status(), "another municipality does not exist for them");
        assertEquals(403, Archives.download(STEDEREN_COORDINATOR, Api.PASSWORD, "/api/v1/tenants/stederen/export").status(),
                "a coordinator does not export");
        assertEquals(403, Archives.download(STEDEREN_ADMIN, Api.PASSWORD, "/api/v1/admin/tenants/gemeentegem/export")
                .status(), "the platform's route is the platform administrator's");
        assertEquals(403, Archives.download(STEDEREN_ADMIN, Api.PASSWORD, "/api/v1/admin/tenants/stederen/export")
                .status());
    }

    private static void assertRefused(byte[] zip, String slug, int status, String detail) {
        Api.Reply reply = Archives.importArchive(PLATFORM_ADMIN, Api.PASSWORD, zip, slug, null);
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertTrue(reply.json().getString("detail").contains(detail), detail + " in " + reply.json().getString("detail"));
        if (status != 409) {
            assertEquals(404, Api.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug).status(), "no municipality " + slug);
        }
    }

    /** An entry's lines with every id replaced by the same token, sorted (row order follows ids where times tie). */
    private static List<String> normalised(String entry) {
        List<String> lines = new ArrayList<>(entry == null ? List.of() : entry.lines().filter(l -> !l.isBlank())
                .map(l -> UUID_PATTERN.matcher(l).replaceAll("<id>")).toList());
        lines.sort(null);
        return lines;
    }

    /** A JSON answer with ids replaced and the order of lists (which may follow ids) made irrelevant. */
    private static String canonical(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(UUID_PATTERN.matcher(json)
                .replaceAll("<id>")))) {
            return canonical(reader.readValue()).toString();
        }
    }

    private static JsonValue canonical(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var fields = new TreeMap<String, JsonValue>(value.asJsonObject());
                // an undirected link between two initiatives is written from the lower id to the higher one
                if (fields.get("fromName") instanceof jakarta.json.JsonString from
                        && fields.get("toName") instanceof jakarta.json.JsonString to
                        && from.getString().compareTo(to.getString()) > 0) {
                    fields.put("fromName", to);
                    fields.put("toName", from);
                }
                var object = jakarta.json.Json.createObjectBuilder();
                fields.forEach((k, v) -> object.add(k, canonical(v)));
                yield object.build();
            }
            case ARRAY -> {
                List<JsonValue> items = new ArrayList<>(value.asJsonArray().stream().map(TenantArchiveIT::canonical).toList());
                items.sort(java.util.Comparator.comparing(JsonValue::toString));
                var array = jakarta.json.Json.createArrayBuilder();
                items.forEach(array::add);
                yield array.build();
            }
            default -> value;
        };
    }

    private static Map<String, Long> rows(JsonObject manifest) {
        Map<String, Long> rows = new TreeMap<>();
        manifest.getJsonArray("entries").forEach(v -> rows.put(v.asJsonObject().getString("name"),
                v.asJsonObject().getJsonNumber("rows").longValue()));
        return rows;
    }

    /** The ids of the rows of an archive (register, records, invitations, subscriptions). */
    private static Set<String> ids(Map<String, String> entries, boolean rowsOnly) {
        Set<String> ids = new HashSet<>();
        for (var entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".jsonl") && !entry.getKey().equals("members.jsonl")) {
                for (JsonObject row : Archives.lines(entry.getValue())) {
                    ids.add(row.getString("id"));
                }
            }
        }
        Matcher unused = UUID_PATTERN.matcher("");
        assertNotEquals(null, unused);
        return ids;
    }
}
