package be.buurtwijzer.it;

import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting a municipality: closed at once, kept and restorable during the grace period, then
 * purged — every row in every table with a tenant column (found in information_schema), its
 * register links and its own row — by a purge that is idempotent and safe when two run at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantDeletionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aScheduledDeletionClosesAtOnceCanBeRestoredAndIsPurgedAfterTheGracePeriod() throws Exception {
        Municipality m = Municipality.fresh("weg");
        Map<String, Long> filled = fill(m);
        Map<String, Long> stederen = Archives.rowsOf("stederen");
        String tenantId;
        try (Connection db = Archives.db()) {
            tenantId = Archives.tenantId(db, m.slug());
        }
        for (String table : List.of("neighbourhood", "actor", "initiative", "initiative_actor", "plugin_record",
                "tenant_subscription", "membership", "invitation", "tenant_audit", "tenant")) {
            assertTrue(filled.get(table) > 0, table + " has rows to delete: " + filled);
        }

        // scheduled: closed at once, for everyone, with its own reason; the data is kept
        Api.Reply scheduled = Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug() + "/deletion", null);
        assertEquals(200, scheduled.status(), scheduled.toString());
        assertEquals("CLOSED", scheduled.json().getString("status"));
        Instant due = Instant.parse(scheduled.json().getString("deletionDueAt"));
        Duration grace = Duration.between(Instant.now(), due);
        assertTrue(grace.toDays() >= 29 && grace.toDays() <= 30, "30 days by default: " + grace);
        Api.Reply closed = m.asAdmin("GET", "initiatives", null);
        assertEquals(403, closed.status(), closed.toString());
        assertTrue(closed.json().getString("detail").contains("scheduled for deletion"), closed.toString());
        assertEquals(409, Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug() + "/deletion", null).status(),
                "already scheduled");
        assertEquals(409, Api.put(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug(), Api.object()
                .add("name", "x").add("defaultLocale", "nl-BE").add("status", "ACTIVE")
                .add("version", scheduled.json().getJsonNumber("version").longValue()).build()).status(),
                "reopened only by a restore");
        assertEquals(403, Api.send(m.admin(), m.adminPassword(), "POST", "/api/v1/admin/tenants/" + m.slug() + "/deletion",
                null).status(), "a tenant administrator does not delete");
        // during the grace period it can still be exported by the platform, and nothing is purged
        assertEquals(200, Archives.export(m.slug()).status());
        assertEquals(200, Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/purge", null).status());
        assertEquals(withoutPlatformAudit(filled), withoutPlatformAudit(Archives.rowsOf(m.slug())),
                "kept during the grace period (the platform's audit trail records the scheduling and the export)");

        // restored: everything is back
        Api.Reply restored = Api.delete(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug() + "/deletion");
        assertEquals(200, restored.status(), restored.toString());
        assertEquals("ACTIVE", restored.json().getString("status"));
        assertEquals(200, m.asAdmin("GET", "initiatives", null).status());
        assertEquals(withoutPlatformAudit(filled), withoutPlatformAudit(Archives.rowsOf(m.slug())));
        assertEquals(409, Api.delete(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug() + "/deletion").status());

        // scheduled again, and the grace period over (moved into the past in the database)
        assertEquals(200, Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug() + "/deletion", null).status());
        try (Connection db = Archives.db(); var s = db.prepareStatement(
                "UPDATE tenant SET deletion_due_at = ? WHERE id = ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
            s.setString(2, tenantId);
            assertEquals(1, s.executeUpdate());
        }
        // two purges at once, as two nodes would: one does it, the other finds nothing left
        List<CompletableFuture<Api.Reply>> purges = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            purges.add(CompletableFuture.supplyAsync(() -> Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/purge", null)));
        }
        int purgedBy = 0;
        for (var purge : purges) {
            Api.Reply reply = purge.get();
            assertEquals(200, reply.status(), reply.toString());
            if (reply.body().contains("\"" + m.slug() + "\"")) {
                purgedBy++;
            }
        }
        assertEquals(1, purgedBy, "exactly one purge did the work");
        Map<String, Long> after = Archives.rowsOfId(tenantId);
        assertTrue(after.values().stream().allMatch(n -> n == 0), "nothing of the municipality in any table: " + after);
        assertEquals(filled.keySet(), after.keySet(), "every table with a tenant column was counted");
        assertEquals(404, Api.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug()).status());
        // the purge is recorded, without the content; running it again does nothing
        try (Connection db = Archives.db()) {
            assertEquals(1, Archives.count(db, "SELECT COUNT(*) FROM platform_audit WHERE entity_type = 'tenant-purge' "
                    + "AND entity_id = ?", tenantId));
            assertEquals(0, Archives.count(db, "SELECT COUNT(*) FROM platform_audit WHERE tenant_id = ?", tenantId));
            assertEquals(0, Archives.count(db, "SELECT COUNT(*) FROM platform_audit WHERE entity_type = 'tenant-purge' "
                    + "AND changes LIKE '%Geheim%'", null));
        }
        Api.Reply again = Api.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/purge", null);
        assertEquals(200, again.status());
        assertTrue(!again.body().contains(m.slug()));
        // the accounts of its people remain (they are the platform's), another municipality is untouched
        assertEquals(200, Api.send(m.admin(), m.adminPassword(), "GET", "/api/v1/me", null).status());
        assertEquals(stederen, Archives.rowsOf("stederen"));
    }

    private static Map<String, Long> withoutPlatformAudit(Map<String, Long> rows) {
        Map<String, Long> copy = new java.util.TreeMap<>(rows);
        copy.remove("platform_audit");
        return copy;
    }

    /** Data in every part of the municipality; its row counts. */
    private static Map<String, Long> fill(Municipality m) {
        for (String plugin : List.of("logbook", "typology", "spiderweb", "activity-packages", "volunteers")) {
            m.subscribe(plugin);
        }
        String neighbourhood = m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Geheim buurt\",\"kind\":\"LIVED\"}")
                .json().getString("id");
        String actor = m.asAdmin("POST", "actors", "{\"name\":\"Geheim actor\",\"kind\":\"ASSOCIATION\","
                + "\"sector\":\"WELFARE\"}").json().getString("id");
        String initiative = m.asAdmin("POST", "initiatives", "{\"name\":\"Geheim initiatief\",\"status\":\"RUNNING\","
                + "\"neighbourhoodId\":\"" + neighbourhood + "\",\"actorIds\":[\"" + actor + "\"]}").json().getString("id");
        m.member("lid-" + m.slug() + "@example.org", "COORDINATOR");
        m.asAdmin("POST", "invitations", Api.object().add("email", "open-" + m.slug() + "@example.org")
                .add("role", "PARTNER").build());
        assertEquals(200, m.asAdmin("POST", "instruments/logbook/operations/add-entry", "{\"date\":\"2026-03-01\","
                + "\"title\":\"Geheim verhaal\",\"type\":\"STORY\"}").status());
        assertEquals(200, m.asAdmin("POST", "instruments/typology/operations/save-answers", "{\"initiativeId\":\""
                + initiative + "\",\"goals\":[\"MEETING\"],\"drivers\":[\"NEIGHBOURS\"],\"lead\":\"CITIZENS\","
                + "\"scale\":\"LIVED_NEIGHBOURHOOD\"}").status());
        assertEquals(200, m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"name\":\"Geheim web\","
                + "\"placements\":[{\"actorId\":\"" + actor + "\",\"current\":\"REFER\"}]}").status());
        return Archives.rowsOf(m.slug());
    }
}
