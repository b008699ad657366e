package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Api.put;
import static be.buurtwijzer.it.Demo.GEMEENTEGEM;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.PUBLISHER;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_ADMIN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static be.buurtwijzer.it.Demo.STEDEREN_PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles are enforced by the services behind the API, whatever the caller tries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPartnerReadsButCannotWrite() {
        assertEquals(200, get(STEDEREN_PARTNER, STEDEREN + "/actors").status());
        String id = get(STEDEREN_PARTNER, STEDEREN + "/actors").items().getJsonObject(0).getString("id");
        Api.Reply create = post(STEDEREN_PARTNER, STEDEREN + "/actors", object().add("name", "Partnerpoging")
                .add("kind", "OTHER").add("sector", "OTHER").build());
        assertEquals(403, create.status(), create.toString());
        assertTrue(create.isProblem());
        assertTrue(create.json().getString("detail").contains("coordinator"), create.toString());
        assertEquals(403, put(STEDEREN_PARTNER, STEDEREN + "/actors/" + id, object().add("name", "x")
                .add("kind", "OTHER").add("sector", "OTHER").add("version", 1).build()).status());
        assertEquals(403, Api.delete(STEDEREN_PARTNER, STEDEREN + "/actors/" + id).status());
        assertEquals(200, get(STEDEREN_PARTNER, STEDEREN + "/actors/" + id).status());
    }

    @Test
    void aCoordinatorCannotManageMembersAuditOrSettings() {
        assertEquals(403, get(STEDEREN_COORDINATOR, STEDEREN + "/members").status());
        assertEquals(403, post(STEDEREN_COORDINATOR, STEDEREN + "/invitations", object()
                .add("email", "nieuw@example.org").add("role", "TENANT_ADMIN").build()).status());
        assertEquals(403, get(STEDEREN_COORDINATOR, STEDEREN + "/invitations").status());
        assertEquals(403, get(STEDEREN_COORDINATOR, STEDEREN + "/audit").status());
        JsonObject settings = get(STEDEREN_COORDINATOR, STEDEREN + "/settings").json();
        assertEquals(403, put(STEDEREN_COORDINATOR, STEDEREN + "/settings", object().add("name", "Overgenomen")
                .add("defaultLocale", "en").add("version", settings.getJsonNumber("version").longValue()).build()).status());
    }

    @Test
    void aTenantAdministratorCannotTouchAnotherMunicipalityOrThePlatform() {
        assertEquals(404, get(STEDEREN_ADMIN, GEMEENTEGEM + "/members").status());
        assertEquals(404, post(STEDEREN_ADMIN, GEMEENTEGEM + "/invitations", object().add("email", "x@example.org")
                .add("role", "PARTNER").build()).status());
        assertEquals(404, get(STEDEREN_ADMIN, GEMEENTEGEM + "/invitations").status());
        assertEquals(403, get(STEDEREN_ADMIN, "/api/v1/admin/tenants").status());
        assertEquals(403, post(STEDEREN_ADMIN, "/api/v1/admin/tenants", object().add("slug", "overname")
                .add("name", "Overname").add("defaultLocale", "nl-BE").build()).status());
        assertEquals(403, get(STEDEREN_ADMIN, "/api/v1/admin/audit").status());
        assertEquals(403, post(STEDEREN_ADMIN, "/api/v1/admin/tenant-config/apply", null).status());
        assertEquals(403, get(PUBLISHER, "/api/v1/admin/tenants").status());
    }

    @Test
    void aPlatformAdministratorManagesMunicipalitiesButDoesNotReadTheirData() {
        assertEquals(404, get(PLATFORM_ADMIN, STEDEREN + "/actors").status());
        assertEquals(200, get(PLATFORM_ADMIN, "/api/v1/admin/tenants").status());
        assertEquals(200, get(PLATFORM_ADMIN, "/api/v1/admin/audit").status());
    }

    @Test
    void aTenantAdministratorManagesMembersAndRoles() {
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = Api.inviteAndJoin(STEDEREN_ADMIN, "stederen", email, "PARTNER");
        JsonObject added = get(STEDEREN_ADMIN, STEDEREN + "/members").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("email").equals(email)).findFirst().orElseThrow();
        assertEquals("PARTNER", added.getString("role"));
        String userId = added.getString("userId");
        assertEquals(200, Api.send(email, password, "GET", STEDEREN + "/actors", null).status());
        assertEquals(403, Api.send(email, password, "POST", STEDEREN + "/actors", "{\"name\":\"x\",\"kind\":\"OTHER\","
                + "\"sector\":\"OTHER\"}").status());

        Api.Reply promoted = put(STEDEREN_ADMIN, STEDEREN + "/members/" + userId, object().add("role", "COORDINATOR")
                .add("version", added.getJsonNumber("version").longValue()).build());
        assertEquals(200, promoted.status(), promoted.toString());
        assertEquals(201, Api.send(email, password, "POST", STEDEREN + "/actors", "{\"name\":\"Actor van " + email
                + "\",\"kind\":\"OTHER\",\"sector\":\"OTHER\"}").status());

        Api.Reply again = post(STEDEREN_ADMIN, STEDEREN + "/invitations", object().add("email", email)
                .add("role", "PARTNER").build());
        assertEquals(409, again.status(), "already a member: " + again);
        assertEquals(204, Api.delete(STEDEREN_ADMIN, STEDEREN + "/members/" + userId).status());
        assertEquals(404, Api.send(email, password, "GET", STEDEREN + "/actors", null).status());
    }

    @Test
    void suspendedMunicipalityIsClosedAndKeepsItsData() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug)
                .add("name", "Testgemeente " + slug).add("defaultLocale", "en").build());
        assertEquals(201, created.status(), created.toString());
        Api.Reply admin = post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", "admin@" + slug + ".example").add("displayName", "Admin " + slug).build());
        assertEquals(201, admin.status(), admin.toString());
        String adminEmail = "admin@" + slug + ".example";
        String password = Api.activate("admin@" + slug + ".example", admin.json().getString("oneTimePassword"));
        assertNotNull(password);
        String base = "/api/v1/tenants/" + slug;
        String adminId = admin.json().getString("userId");
        Api.Reply lastOne = Api.delete(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators/" + adminId);
        assertEquals(409, lastOne.status(), "the last administrator stays: " + lastOne);
        assertEquals(1, get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators").array().size());
        assertEquals(201, Api.send(adminEmail, password, "POST", base + "/neighbourhoods",
                "{\"name\":\"Centrum\",\"kind\":\"GEOGRAPHIC\"}").status());

        long version = created.json().getJsonNumber("version").longValue();
        Api.Reply suspended = put(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug, object()
                .add("name", "Testgemeente " + slug).add("defaultLocale", "en").add("status", "SUSPENDED")
                .add("version", version).build());
        assertEquals(200, suspended.status(), suspended.toString());
        Api.Reply closed = Api.send(adminEmail, password, "GET", base + "/neighbourhoods", null);
        assertEquals(403, closed.status(), closed.toString());
        assertTrue(closed.json().getString("detail").contains("suspended"), closed.toString());
        assertEquals("SUSPENDED", Api.send(adminEmail, password, "GET", "/api/v1/me", null).json()
                .getJsonArray("memberships").getJsonObject(0).getString("status"));

        assertEquals(200, put(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug, object()
                .add("name", "Testgemeente " + slug).add("defaultLocale", "en").add("status", "ACTIVE")
                .add("version", suspended.json().getJsonNumber("version").longValue()).build()).status());
        Api.Reply reopened = Api.send(adminEmail, password, "GET", base + "/neighbourhoods", null);
        assertEquals(200, reopened.status());
        assertEquals(1, reopened.json().getInt("total"), "data kept while suspended");
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        String adminId = get(STEDEREN_ADMIN, "/api/v1/me").json().getString("userId");
        Api.Reply refused = Api.delete(STEDEREN_ADMIN, STEDEREN + "/members/" + adminId);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(200, get(STEDEREN_ADMIN, STEDEREN + "/members").status());
    }
}
