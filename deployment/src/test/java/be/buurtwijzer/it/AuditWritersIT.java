package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
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
 * Every writer leaves the entry an auditor would look for: who, what, on which entity, which fields
 * went from what to what. One test per writer; each reads the trail back through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditWritersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** The newest entry of a trail for this entity type and id. */
    private static JsonObject latest(Api.Reply trail, String entityId) {
        assertEquals(200, trail.status(), trail.toString());
        return trail.items().getValuesAs(JsonObject.class).stream().filter(e -> e.getString("entityId").equals(entityId))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + entityId + " in " + trail));
    }

    private static void assertChange(JsonObject entry, String action, String actor, String field, Object from,
            Object to) {
        assertEquals(action, entry.getString("action"), entry.toString());
        assertEquals(actor, entry.getString("actorEmail"), entry.toString());
        JsonObject change = entry.getJsonObject("changes").getJsonObject(field);
        assertTrue(change != null, "field " + field + " in " + entry);
        assertEquals(from == null ? "null" : "\"" + from + "\"", String.valueOf(change.get("from")), entry.toString());
        assertEquals(to == null ? "null" : "\"" + to + "\"", String.valueOf(change.get("to")), entry.toString());
    }

    private static Api.Reply tenantTrail(Municipality m, String type) {
        return m.asAdmin("GET", "audit?entityType=" + type + "&size=200", null);
    }

    private static Api.Reply platformTrail(String type) {
        return Api.get(PLATFORM_ADMIN, "/api/v1/admin/audit?entityType=" + type + "&size=200");
    }

    @Test
    void invitationsJoiningRolesAndRemovalOfMembers() {
        Municipality m = Municipality.fresh("audit");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        m.member(email, "PARTNER");
        String userId = m.memberNamed(email).getString("userId");
        JsonObject joined = latest(tenantTrail(m, "member"), userId);
        assertChange(joined, "CREATE", email, "role", null, "PARTNER");
        JsonObject invited = tenantTrail(m, "invitation").items().getJsonObject(0);
        assertChange(invited, "CREATE", m.admin(), "email", null, email);

        JsonObject member = m.memberNamed(email);
        assertEquals(200, m.asAdmin("PUT", "members/" + userId, object().add("role", "COORDINATOR")
                .add("version", member.getJsonNumber("version")).build()).status());
        assertChange(latest(tenantTrail(m, "member"), userId), "UPDATE", m.admin(), "role", "PARTNER", "COORDINATOR");
        assertEquals(204, m.asAdmin("DELETE", "members/" + userId, null).status());
        assertChange(latest(tenantTrail(m, "member"), userId), "DELETE", m.admin(), "role", "COORDINATOR", null);
    }

    @Test
    void settings() {
        Municipality m = Municipality.fresh("audit");
        JsonObject settings = m.asAdmin("GET", "settings", null).json();
        assertEquals(200, m.asAdmin("PUT", "settings", object().add("name", "Nieuwe naam").add("defaultLocale", "en")
                .add("version", settings.getJsonNumber("version")).build()).status());
        JsonObject entry = latest(tenantTrail(m, "settings"), settings.getString("id"));
        assertChange(entry, "UPDATE", m.admin(), "name", settings.getString("name"), "Nieuwe naam");
        assertChange(entry, "UPDATE", m.admin(), "defaultLocale", "nl-BE", "en");
    }

    @Test
    void suspendingAndReactivatingAMunicipality() {
        Municipality m = Municipality.fresh("audit");
        JsonObject tenant = Api.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug()).json();
        assertEquals(200, Api.put(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug(), object()
                .add("name", tenant.getString("name")).add("defaultLocale", "nl-BE").add("status", "SUSPENDED")
                .add("version", tenant.getJsonNumber("version")).build()).status());
        JsonObject entry = latest(platformTrail("tenant"), tenant.getString("id"));
        assertChange(entry, "UPDATE", PLATFORM_ADMIN, "status", "ACTIVE", "SUSPENDED");
        assertEquals(tenant.getString("id"), entry.getString("tenantId"));
    }

    @Test
    void signingKeysAndReleases() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String orgId = Api.post(PLATFORM_ADMIN, "/api/v1/admin/organisations", object().add("name", "Audit " + tag)
                .build()).json().getString("id");
        String email = "publisher@audit-" + tag + ".example";
        String password = Api.activate(email, Api.post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId
                + "/publishers", object().add("email", email).add("displayName", "P").build()).json()
                .getString("oneTimePassword"));
        var key = Jars.newKey();
        String keyId = Api.send(email, password, "POST", "/api/v1/publisher/keys", object().add("label", "laptop")
                .add("publicKey", Jars.publicKey(key)).build()).json().getString("id");
        assertChange(latest(platformTrail("signing-key"), keyId), "CREATE", email, "organisationId", null, orgId);
        Api.post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId + "/keys/" + keyId + "/approve", null);
        JsonObject approved = latest(platformTrail("signing-key"), keyId);
        assertEquals("UPDATE", approved.getString("action"));
        assertEquals(PLATFORM_ADMIN, approved.getString("actorEmail"));
        assertEquals("true", approved.getJsonObject("changes").getJsonObject("approved").get("to").toString());

        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), "audit-" + tag, "1.0.0");
        String releaseId = Api.uploadJar(email, password, jar, Jars.sign(jar, key.getPrivate())).json().getString("id");
        assertChange(latest(platformTrail("release"), releaseId), "CREATE", email, "version", null, "1.0.0");
        Api.post(PLATFORM_ADMIN, "/api/v1/admin/releases/" + releaseId + "/approve", null);
        assertChange(latest(platformTrail("release"), releaseId), "UPDATE", PLATFORM_ADMIN, "status", "SUBMITTED",
                "APPROVED");
        Api.send(email, password, "POST", "/api/v1/publisher/releases/" + releaseId + "/withdraw", null);
        assertChange(latest(platformTrail("release"), releaseId), "UPDATE", email, "status", "APPROVED", "WITHDRAWN");

        Api.post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId + "/keys/" + keyId + "/revoke", null);
        JsonObject revoked = latest(platformTrail("signing-key"), keyId);
        assertEquals("true", revoked.getJsonObject("changes").getJsonObject("revoked").get("to").toString());
    }

    @Test
    void passwordsChangedAndReset() {
        Municipality m = Municipality.fresh("audit");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String password = m.member(email, "PARTNER");
        String userId = m.memberNamed(email).getString("userId");
        assertEquals(204, Api.send(email, password, "PUT", "/api/v1/me/password", object().add("currentPassword", password)
                .add("newPassword", Api.strongPassword()).build()).status());
        JsonObject changed = latest(platformTrail("password"), userId);
        assertEquals(email, changed.getString("actorEmail"));
        assertEquals(200, m.asAdmin("POST", "members/" + userId + "/password-reset", null).status());
        JsonObject reset = latest(tenantTrail(m, "member-password"), userId);
        assertEquals(m.admin(), reset.getString("actorEmail"));
        assertTrue(!reset.toString().contains(password), "no password in the trail");
    }

    @Test
    void applyingTheTenantConfiguration() throws Exception {
        String slug = "auditdorp-" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Path.of(System.getProperty("it.tenant.config")).resolve("tenants/" + slug + ".json");
        Files.writeString(file, """
                { "slug": "%s", "name": "Auditdorp", "defaultLocale": "nl-BE",
                  "administrators": [ { "email": "admin@%s.example", "displayName": "Admin" } ] }
                """.formatted(slug, slug), StandardCharsets.UTF_8);
        try {
            assertEquals(200, Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenant-config/apply", null).status());
            String tenantId = Api.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug).json().getString("id");
            JsonObject created = latest(platformTrail("tenant"), tenantId);
            assertChange(created, "CREATE", "system:tenant-config", "name", null, "Auditdorp");
            // its administrator, in the new municipality's own trail (read by a platform administrator who is
            // not a member: through the platform's trail of the municipality's appointment instead)
            Api.Reply members = Api.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators");
            String adminId = members.array().getJsonObject(0).getString("userId");
            try (var db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                    var query = db.prepareStatement("SELECT actor_email, action, changes FROM tenant_audit "
                            + "WHERE tenant_id = ? AND entity_type = 'member' AND entity_id = ?")) {
                query.setString(1, tenantId);
                query.setString(2, adminId);
                try (var row = query.executeQuery()) {
                    assertTrue(row.next(), "the administrator's membership is in the municipality's trail");
                    assertEquals("system:tenant-config", row.getString(1));
                    assertEquals("CREATE", row.getString(2));
                    assertTrue(row.getString(3).contains("TENANT_ADMIN"), row.getString(3));
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}
