package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing as a support organisation does it: register a key, upload signed jars, get them
 * reviewed; upgrades migrate the stored records, a failing upgrade rolls back, and every refusal
 * says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static Publishers.Org organisation() {
        return Publishers.organisation();
    }

    private static String[] municipality() {
        String slug = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug).add("name", "Gemeente " + slug)
                .add("defaultLocale", "en").build());
        String email = "admin@" + slug + ".example";
        String oneTime = post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", email).add("displayName", "Admin").build()).json().getString("oneTimePassword");
        return new String[] {slug, email, Api.activate(email, oneTime)};
    }

    private static Api.Reply as(String[] m, String method, String path, Object body) {
        return Api.send(m[1], m[2], method, "/api/v1/tenants/" + m[0] + path, body);
    }

    private static void assertRefused(int status, String field, String words, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        if (field != null) {
            assertEquals(field, reply.json().getString("field"), reply.toString());
        }
        assertTrue(reply.json().getString("detail").contains(words), "expected '" + words + "' in " + reply);
    }

    private static JsonObject approve(String releaseId) {
        return Publishers.approve(releaseId);
    }

    private static String version(String[] m) {
        return as(m, "POST", "/instruments/test-upgradable/operations/version", "{}").json().getString("version");
    }

    /** Plugin API 1.3: a plugin that stores documents without saying whether they hold personal data is refused. */
    @Test
    void aPluginThatDoesNotDeclareItsPersonalDataIsRefusedWithTheReason() {
        Publishers.Org org = organisation();
        byte[] jar = Jars.upload("undeclared.jar");
        Api.Reply submitted = org.upload(jar, org.key());
        assertEquals(201, submitted.status(), submitted.toString());
        JsonObject approved = approve(submitted.json().getString("id"));
        assertFalse(approved.getBoolean("active"), approved.toString());
        assertTrue(approved.getString("startProblem").contains("'resident' does not say whether it holds personal data"),
                approved.toString());
        String[] m = municipality();
        assertEquals(404, as(m, "POST", "/instruments/test-undeclared/subscription", null).status(),
                "not in anyone's catalogue");
    }

    /**
     * The disk of the node's plugin cache full, read-only or gone when a new release is approved: the approval
     * says why the release did not start, the running release keeps serving, and the plugin health says both.
     */
    @Test
    void aPluginCacheThatCannotBeWrittenKeepsTheRunningReleaseAndSaysWhy() throws Exception {
        Publishers.Org org = organisation();
        String pluginId = "test-cache-" + UUID.randomUUID().toString().substring(0, 6);
        byte[] v1 = Jars.relabel(Jars.upload("upgradable-1.jar"), pluginId, "1.0.0");
        assertTrue(approve(org.upload(v1, org.key()).json().getString("id")).getBoolean("active"));
        String[] m = municipality();
        assertEquals(201, as(m, "POST", "/instruments/" + pluginId + "/subscription", null).status());
        byte[] v2 = Jars.relabel(v1, pluginId, "1.1.0");
        String r2 = org.upload(v2, org.key()).json().getString("id");

        Path cache;
        try (var folders = Files.list(Path.of(System.getProperty("it.plugin.cache")))) {
            cache = folders.filter(f -> f.getFileName().toString().startsWith("buurtwijzer-plugins-")).findFirst()
                    .orElseThrow();
        }
        // root writes anywhere, so "cannot be written" is made by putting a file where the folder was
        Path aside = cache.resolveSibling("aside-" + cache.getFileName());
        Files.move(cache, aside);
        Files.writeString(cache, "not a folder");
        JsonObject approved;
        try {
            approved = approve(r2);
        } finally {
            Files.delete(cache);
            Files.move(aside, cache);
        }
        assertFalse(approved.getBoolean("active"), approved.toString());
        assertTrue(approved.getString("startProblem").contains("plugin cache folder " + cache), approved.toString());
        Api.Reply call = as(m, "POST", "/instruments/" + pluginId + "/operations/version", "{}");
        assertEquals(200, call.status(), "the running release stopped serving: " + call);
        JsonObject health = Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/plugins").array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("pluginId").equals(pluginId)).findFirst().orElseThrow();
        assertEquals("STARTED", health.getString("state"), health.toString());
        assertEquals("1.0.0", health.getString("version"), health.toString());
        assertTrue(health.getString("reason").contains("Kept 1.0.0 because 1.1.0 failed to start: the plugin cache "
                + "folder"), health.toString());
    }

    /** Found by the plugin benchmark: a release without release notes could not be subscribed to (500). */
    @Test
    void aReleaseWithoutReleaseNotesCanBeSubscribedToAndUsed() {
        Publishers.Org org = organisation();
        String pluginId = "test-no-notes-" + UUID.randomUUID().toString().substring(0, 6);
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), pluginId, "1.0.0");
        Api.Reply submitted = Api.uploadJar(org.email(), org.password(), jar, Jars.sign(jar, org.key().getPrivate()),
                null);
        assertEquals(201, submitted.status(), submitted.toString());
        approve(submitted.json().getString("id"));
        String[] m = municipality();
        Api.Reply subscribed = as(m, "POST", "/instruments/" + pluginId + "/subscription", null);
        assertEquals(201, subscribed.status(), subscribed.toString());
        String catalogue = Api.okBody(as(m, "GET", "/instruments", null));
        assertTrue(catalogue.contains(pluginId), catalogue);
        assertEquals(200, as(m, "POST", "/instruments/" + pluginId + "/operations/version", "{}").status());
    }

    @Test
    void uploadReviewUseUpgradeBreakAndWithdraw() {
        Publishers.Org org = organisation();
        byte[] v1 = Jars.relabel(Jars.upload("upgradable-1.jar"), "test-upgradable", "1.0.0");
        Api.Reply submitted = org.upload(v1, org.key());
        assertEquals(201, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        String r1 = submitted.json().getString("id");
        Api.Reply selfApproval = Api.send(org.email(), org.password(), "POST", "/api/v1/admin/releases/" + r1
                + "/approve", null);
        assertRefused(403, null, "platform administrator", selfApproval);
        // the publisher withdraws this submission and uploads a patch release instead
        assertEquals(200, org.call("POST", "/releases/" + r1 + "/withdraw", null).status());
        byte[] v1b = Jars.relabel(v1, "test-upgradable", "1.0.1");
        String r1b = org.upload(v1b, org.key()).json().getString("id");
        JsonObject live = approve(r1b);
        assertTrue(live.getBoolean("active"), live.toString());

        String[] m = municipality();
        assertEquals(201, as(m, "POST", "/instruments/test-upgradable/subscription", null).status());
        assertEquals("1.0.0", version(m));
        String note = as(m, "POST", "/instruments/test-upgradable/records/note",
                "{\"value\":{\"text\":\"een twee drie\"}}").json().getString("id");

        JsonObject mine = org.call("GET", "/releases", null).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(r1b)).findFirst().orElseThrow();
        assertEquals(1, mine.getInt("municipalitiesUsing"), mine.toString());
        assertFalse(mine.toString().contains(m[0]), "a publisher sees no municipality: " + mine);

        // upgrade: 1.1.0 migrates the stored note to schema 2
        String r2 = org.upload(Jars.upload("upgradable-2.jar"), org.key()).json().getString("id");
        assertEquals("1.0.0", version(m), "a submitted release changes nothing yet");
        assertTrue(approve(r2).getBoolean("active"));
        assertEquals("1.1.0", version(m));
        JsonObject migrated = as(m, "GET", "/instruments/test-upgradable/records/note/" + note, null).json();
        assertEquals(2, migrated.getInt("schemaVersion"), migrated.toString());
        assertEquals(3, migrated.getJsonObject("value").getInt("words"), migrated.toString());

        // more notes in two municipalities, so that a migration has several records to go through
        String[] second = municipality();
        assertEquals(201, as(second, "POST", "/instruments/test-upgradable/subscription", null).status());
        java.util.List<String[]> notes = new java.util.ArrayList<>();
        for (String[] where : java.util.List.of(m, m, second, second)) {
            notes.add(new String[] {where[0], as(where, "POST", "/instruments/test-upgradable/records/note",
                    "{\"value\":{\"text\":\"nog een notitie\",\"words\":3}}").json().getString("id")});
        }
        java.util.Map<String, JsonObject> before = new java.util.HashMap<>();
        for (String[] n : notes) {
            String[] where = n[0].equals(m[0]) ? m : second;
            before.put(n[1], as(where, "GET", "/instruments/test-upgradable/records/note/" + n[1], null).json());
        }

        // a broken upgrade: 1.2.0's migration fails at the third of five records; 1.1.0 stays and not one
        // record is changed, in either municipality (all of it is one transaction)
        String r3 = org.upload(Jars.upload("upgradable-3.jar"), org.key()).json().getString("id");
        JsonObject broken = approve(r3);
        assertFalse(broken.getBoolean("active"), broken.toString());
        assertTrue(broken.getString("startProblem").contains("migration failed"), broken.toString());
        assertEquals("1.1.0", version(m));
        assertEquals(migrated, as(m, "GET", "/instruments/test-upgradable/records/note/" + note, null).json());
        for (String[] n : notes) {
            String[] where = n[0].equals(m[0]) ? m : second;
            JsonObject now = as(where, "GET", "/instruments/test-upgradable/records/note/" + n[1], null).json();
            assertEquals(before.get(n[1]), now, "untouched by the failed migration");
            assertEquals(2, now.getInt("schemaVersion"));
        }

        // a release that does not even start: the running one stays, nothing is migrated
        byte[] notStarting = Jars.relabel(Jars.bundled("test-plugin-failing-start"), "test-upgradable", "1.3.0");
        JsonObject failed = approve(org.upload(notStarting, org.key()).json().getString("id"));
        assertFalse(failed.getBoolean("active"), failed.toString());
        assertTrue(failed.containsKey("startProblem"), failed.toString());
        assertEquals("1.1.0", version(m));
        assertEquals(migrated, as(m, "GET", "/instruments/test-upgradable/records/note/" + note, null).json());
        JsonObject ownView = org.call("GET", "/releases", null).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(r3)).findFirst().orElseThrow();
        assertTrue(ownView.getString("startProblem").contains("migration failed"), "the publisher sees it too");

        // withdrawing the running release falls back to the previous approved one; withdrawing all stops it
        assertEquals(200, org.call("POST", "/releases/" + r2 + "/withdraw", null).status());
        assertEquals("1.0.0", version(m));
        assertEquals(200, org.call("POST", "/releases/" + r1b + "/withdraw", null).status());
        Api.Reply stopped = as(m, "POST", "/instruments/test-upgradable/operations/version", "{}");
        assertEquals(503, stopped.status(), stopped.toString());
    }

    @Test
    void everyRefusalSaysWhy() {
        Publishers.Org org = organisation();
        Publishers.Org other = organisation();
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), "test-refusals-" + UUID.randomUUID().toString()
                .substring(0, 6), "1.0.0");

        assertRefused(400, "X-Signature", "not signed", org.upload(jar, null));
        assertRefused(400, "X-Signature", "does not verify", org.upload(jar, other.key()));
        // the signature is checked on the raw bytes first: garbage with a bad signature is never opened
        assertRefused(400, "X-Signature", "does not verify", Api.uploadJar(org.email(), org.password(),
                "not a jar".getBytes(), "AAAA"));
        assertRefused(400, "body", "not a readable jar", org.upload("not a jar".getBytes(), org.key()));
        assertRefused(400, "body", "Plugin-Id", org.upload(Jars.relabel(jar, "Bad_Id", "1.0.0"), org.key()));
        assertRefused(400, "body", "semantic version", org.upload(Jars.relabel(jar, "fine-id", "one"), org.key()));
        assertRefused(400, "Plugin-Requires", ">=9.0.0", org.upload(Jars.bundled("test-plugin-future-platform"), org.key()));
        // the pages' contract has its own range: a plugin built for a newer UI API is refused though its core fits
        assertRefused(400, "Plugin-Requires-UI", "UI API >=9.0.0", org.upload(Jars.withManifest(jar,
                "Plugin-Requires-UI", ">=9.0.0"), org.key()));
        // a plugin built against API 1.x (views inside the Instrument) is refused with the reason
        assertRefused(400, "Plugin-Requires", "platform API >=1.6.0 & <2.0.0, this platform offers 2.0.0",
                org.upload(Jars.withManifest(jar, "Plugin-Requires", ">=1.6.0 & <2.0.0"), org.key()));

        assertEquals(201, org.upload(jar, org.key()).status());
        assertRefused(409, "Plugin-Version", "not higher", org.upload(jar, org.key()));
        assertRefused(409, "Plugin-Id", "another organisation", other.upload(Jars.relabel(jar, manifestId(jar),
                "2.0.0"), other.key()));
        assertRefused(409, "Plugin-Id", "another organisation", other.upload(Jars.relabel(jar, "logbook", "9.0.0"),
                other.key()));

        // rejecting needs a reason, which the publisher then sees
        String releaseId = org.call("GET", "/releases", null).array().getJsonObject(0).getString("id");
        assertRefused(400, "reason", "say why", post(PLATFORM_ADMIN, "/api/v1/admin/releases/" + releaseId + "/reject",
                object().build()));
        assertEquals(200, post(PLATFORM_ADMIN, "/api/v1/admin/releases/" + releaseId + "/reject",
                object().add("reason", "De beschrijving ontbreekt.").build()).status());
        JsonObject rejected = org.call("GET", "/releases", null).array().getJsonObject(0);
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("De beschrijving ontbreekt.", rejected.getString("reason"));
        assertRefused(409, null, "Only a submitted release", post(PLATFORM_ADMIN, "/api/v1/admin/releases/" + releaseId
                + "/approve", null));
    }

    @Test
    void publishersSeeOnlyTheirOwnAndNoTenantData() {
        Publishers.Org org = organisation();
        Publishers.Org other = organisation();
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), "test-private-" + UUID.randomUUID().toString()
                .substring(0, 6), "1.0.0");
        String id = org.upload(jar, org.key()).json().getString("id");
        assertTrue(other.call("GET", "/releases", null).array().isEmpty());
        assertEquals(404, other.call("POST", "/releases/" + id + "/withdraw", null).status());
        assertEquals(404, Api.send(org.email(), org.password(), "GET", STEDEREN + "/actors", null).status());
        assertEquals(403, Api.send(org.email(), org.password(), "GET", "/api/v1/admin/releases", null).status());
        assertEquals(403, Api.send(org.email(), org.password(), "GET", "/api/v1/admin/plugins", null).status());
        assertEquals(403, get(Demo.STEDEREN_ADMIN, "/api/v1/publisher/releases").status());
        Api.Reply queue = get(PLATFORM_ADMIN, "/api/v1/admin/releases?status=SUBMITTED");
        assertTrue(queue.body().contains(id), queue.toString());
    }

    @Test
    void administratorsSeeAnOrganisationsPublishersAndKeysAndCanRevokeAKey() {
        Publishers.Org org = organisation();
        Publishers.Org other = organisation();
        String base = "/api/v1/admin/organisations/" + org.id();
        Api.Reply keys = get(PLATFORM_ADMIN, base + "/keys");
        assertEquals(200, keys.status(), keys.toString());
        assertEquals(1, keys.array().size(), keys.toString());
        String keyId = keys.array().getJsonObject(0).getString("id");
        assertTrue(get(PLATFORM_ADMIN, base + "/publishers").body().contains(org.email()));
        assertFalse(get(PLATFORM_ADMIN, base + "/publishers").body().contains(other.email()));
        assertEquals(403, Api.send(org.email(), org.password(), "GET", base + "/keys", null).status());
        assertEquals(403, get(Demo.STEDEREN_ADMIN, base + "/publishers").status());
        assertEquals(404, get(PLATFORM_ADMIN, "/api/v1/admin/organisations/no-such-organisation/keys").status());
        assertEquals(404, post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + other.id() + "/keys/" + keyId
                + "/revoke", null).status(), "a key is revoked only under its own organisation");
        Api.Reply revoked = post(PLATFORM_ADMIN, base + "/keys/" + keyId + "/revoke", null);
        assertEquals(200, revoked.status(), revoked.toString());
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), "test-revoked-" + UUID.randomUUID().toString()
                .substring(0, 6), "1.0.0");
        assertRefused(400, "X-Signature", "signature", org.upload(jar, org.key()));
    }

    /**
     * A new signing key proves only its publisher's password until someone else vouches for it: it
     * signs nothing before a platform administrator or a second publisher of the organisation
     * approves it, and never by its own registrant.
     */
    @Test
    void aNewKeySignsNothingUntilSomeoneElseApprovesIt() {
        Publishers.Org org = organisation();
        var fresh = Jars.newKey();
        Api.Reply registered = org.call("POST", "/keys", object().add("label", "laptop").add("publicKey",
                Jars.publicKey(fresh)).build());
        assertEquals(201, registered.status(), registered.toString());
        String keyId = registered.json().getString("id");
        assertTrue(!registered.json().containsKey("approvedAt") || registered.json().isNull("approvedAt"),
                "a new key waits: " + registered);
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), "test-newkey-" + UUID.randomUUID().toString()
                .substring(0, 6), "1.0.0");
        assertRefused(400, "X-Signature", "awaits approval", org.upload(jar, fresh));
        assertRefused(403, null, "someone other", org.call("POST", "/keys/" + keyId + "/approve", null));

        String secondEmail = "second-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String second = Api.activate(secondEmail, post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + org.id()
                + "/publishers", object().add("email", secondEmail).add("displayName", "Tweede").build()).json()
                .getString("oneTimePassword"));
        Publishers.Org other = organisation();
        assertEquals(404, other.call("POST", "/keys/" + keyId + "/approve", null).status(),
                "another organisation's publisher does not even see the key");
        Api.Reply approved = Api.send(secondEmail, second, "POST", "/api/v1/publisher/keys/" + keyId + "/approve", null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals(201, org.upload(jar, fresh).status(), "signed by an approved key");
    }

    /**
     * A small jar that inflates to far more than it weighs is refused at the limit, and only after
     * its signature was checked on the raw bytes: an unsigned or foreign-signed bomb is not opened at all.
     */
    @Test
    void aZipBombIsRefusedAtTheLimitAndOnlyOpenedWhenSigned() throws Exception {
        Publishers.Org org = organisation();
        byte[] bomb = Jars.bomb("test-bomb-" + UUID.randomUUID().toString().substring(0, 6), 300L * 1024 * 1024);
        assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb is small: " + bomb.length);
        assertRefused(400, "X-Signature", "not signed", org.upload(bomb, null));
        assertRefused(400, "X-Signature", "does not verify", org.upload(bomb, Jars.newKey()));
        assertRefused(400, "body", "zip bomb", org.upload(bomb, org.key()));
        assertTrue(org.call("GET", "/releases", null).array().isEmpty(), "nothing was stored");
    }

    /** Only the upload route takes large bodies; a path that merely ends like it gets the normal limit. */
    @Test
    void theUploadLimitHoldsForTheUploadRouteOnly() {
        String big = "{\"name\":\"" + "x".repeat(400 * 1024) + "\"}";
        Api.Reply lookalike = post(Demo.STEDEREN_COORDINATOR, STEDEREN + "/publisher/releases", big);
        assertEquals(413, lookalike.status(), lookalike.toString());
        assertEquals(413, post(Demo.STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", big).status());
    }

    private static String manifestId(byte[] jar) {
        try (var in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            return in.getManifest().getMainAttributes().getValue("Plugin-Id");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
