package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database's own guard against lost updates, per versioned aggregate. The test holds a lock on
 * the row, sends two updates from the same version and waits until both have passed the service's
 * version check and wait at their UPDATE; then it lets go. Only the version column in the UPDATE's
 * WHERE can now tell the second one that the row moved: one 200, one 409, and the winner's change
 * stored. Without {@code @Version} on the entity both would answer 200.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VersionGuardIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** Both requests pass the service's check, wait on the row, and only the database decides. */
    private static List<Api.Reply> bothPastTheServiceCheck(String table, String id, IntFunction<Api.Reply> update)
            throws Exception {
        try (Connection holder = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "")) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
                lock.setString(1, id);
                try (var row = lock.executeQuery()) {
                    assertTrue(row.next(), table + " " + id);
                }
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> update.apply(0));
                var second = pool.submit(() -> update.apply(1));
                try {
                    waitForWaiters(table, 2);
                } catch (AssertionError e) {
                    holder.rollback();
                    throw new AssertionError(e.getMessage() + ": " + first.get() + " / " + second.get());
                }
                holder.rollback();
                return List.of(first.get(), second.get());
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * Until {@code count} statements updating {@code table} are running (waiting on the held row): 'Execute' for a
     * statement prepared on the server (the Connector/J options of the URL), 'Query' for one sent as text.
     */
    private static void waitForWaiters(String table, int count) throws Exception {
        try (Connection watch = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var waiting = watch.prepareStatement("SELECT COUNT(*) FROM information_schema.processlist "
                        + "WHERE command IN ('Query', 'Execute') AND info LIKE ?")) {
            waiting.setString(1, "UPDATE " + table + " %");
            for (int i = 0; i < 300; i++) {
                try (var rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        try (Connection watch = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var rows = watch.createStatement().executeQuery("SELECT command, state, info FROM information_schema.processlist "
                        + "WHERE command <> 'Sleep'")) {
            StringBuilder seen = new StringBuilder();
            while (rows.next()) {
                seen.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3))
                        .append("; ");
            }
            throw new AssertionError("the two updates never both waited on the row (" + seen + ")");
        }
    }

    private static void oneWins(List<Api.Reply> replies) {
        assertEquals(List.of(200, 409), replies.stream().map(Api.Reply::status).sorted().toList(), replies.toString());
        assertTrue(replies.stream().filter(r -> r.status() == 409).allMatch(Api.Reply::isProblem));
    }

    private static String winner(List<Api.Reply> replies, String field) {
        return replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json().getString(field);
    }

    @Test
    void registerEntities() throws Exception {
        Municipality m = Municipality.fresh("guard");
        JsonObject hood = m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Buurt\",\"kind\":\"LIVED\"}").json();
        var replies = bothPastTheServiceCheck("neighbourhood", hood.getString("id"), i -> m.asAdmin("PUT",
                "neighbourhoods/" + hood.getString("id"), object().add("name", "Buurt " + i).add("kind", "LIVED")
                        .add("version", hood.getJsonNumber("version")).build()));
        oneWins(replies);
        assertEquals(winner(replies, "name"), m.asAdmin("GET", "neighbourhoods/" + hood.getString("id"), null).json()
                .getString("name"));
        JsonObject actor = m.asAdmin("POST", "actors", "{\"name\":\"Actor\",\"kind\":\"OTHER\",\"sector\":\"OTHER\"}")
                .json();
        oneWins(bothPastTheServiceCheck("actor", actor.getString("id"), i -> m.asAdmin("PUT", "actors/"
                + actor.getString("id"), object().add("name", "Actor " + i).add("kind", "OTHER").add("sector", "OTHER")
                .add("version", actor.getJsonNumber("version")).build())));
        JsonObject initiative = m.asAdmin("POST", "initiatives", "{\"name\":\"Initiatief\",\"status\":\"IDEA\"}").json();
        oneWins(bothPastTheServiceCheck("initiative", initiative.getString("id"), i -> m.asAdmin("PUT", "initiatives/"
                + initiative.getString("id"), object().add("name", "Initiatief " + i).add("status", "RUNNING")
                .add("version", initiative.getJsonNumber("version")).build())));
    }

    @Test
    void settingsAndTheMunicipality() throws Exception {
        Municipality m = Municipality.fresh("guard");
        JsonObject settings = m.asAdmin("GET", "settings", null).json();
        String tenantId = settings.getString("id");
        var replies = bothPastTheServiceCheck("tenant", tenantId, i -> m.asAdmin("PUT", "settings", object()
                .add("name", "Naam " + i).add("defaultLocale", "nl-BE").add("version", settings.getJsonNumber("version"))
                .build()));
        oneWins(replies);
        assertEquals(winner(replies, "name"), m.asAdmin("GET", "settings", null).json().getString("name"));
        JsonObject now = Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug()).json();
        oneWins(bothPastTheServiceCheck("tenant", tenantId, i -> Api.put(Demo.PLATFORM_ADMIN, "/api/v1/admin/tenants/"
                + m.slug(), object().add("name", "Platform " + i).add("defaultLocale", "en")
                .add("version", now.getJsonNumber("version")).build())));
    }

    @Test
    void memberships() throws Exception {
        Municipality m = Municipality.fresh("guard");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        m.member(email, "PARTNER");
        JsonObject member = m.memberNamed(email);
        String membershipId = membershipId(m.slug(), member.getString("userId"));
        oneWins(bothPastTheServiceCheck("membership", membershipId, i -> m.asAdmin("PUT", "members/"
                + member.getString("userId"), object().add("role", i == 0 ? "COORDINATOR" : "TENANT_ADMIN")
                .add("version", member.getJsonNumber("version")).build())));
    }

    @Test
    void pluginRecordsAndInstrumentDocuments() throws Exception {
        Municipality m = Municipality.fresh("guard");
        m.subscribe("spiderweb");
        JsonObject web = m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"name\":\"Web\"}").json();
        var replies = bothPastTheServiceCheck("plugin_record", web.getString("id"), i -> m.asAdmin("POST",
                "instruments/spiderweb/operations/save-web", "{\"webId\":\"" + web.getString("id") + "\",\"name\":\"Web "
                        + i + "\",\"version\":" + web.getJsonNumber("version") + "}"));
        oneWins(replies);
        JsonObject raw = m.asAdmin("GET", "instruments/spiderweb/records/web/" + web.getString("id"), null).json();
        oneWins(bothPastTheServiceCheck("plugin_record", web.getString("id"), i -> m.asAdmin("PUT",
                "instruments/spiderweb/records/web/" + web.getString("id"), "{\"version\":" + raw.getJsonNumber("version")
                        + ",\"value\":{\"name\":\"Rauw " + i + "\",\"kind\":\"CHALLENGE\",\"state\":{}}}")));
    }

    @Test
    void subscriptions() throws Exception {
        Municipality m = Municipality.fresh("guard");
        m.subscribe("logbook");
        JsonObject subscription = m.subscription("logbook");
        String id = subscriptionId(m.slug(), "logbook");
        oneWins(bothPastTheServiceCheck("tenant_subscription", id, i -> m.asAdmin("PUT", "instruments/logbook/subscription",
                object().add("enabled", false).add("version", subscription.getJsonNumber("version")).build())));
    }

    private static String membershipId(String slug, String userId) throws Exception {
        return single("SELECT m.id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = ? AND m.user_id = ?",
                slug, userId);
    }

    private static String subscriptionId(String slug, String plugin) throws Exception {
        return single("SELECT s.id FROM tenant_subscription s JOIN tenant t ON t.id = s.tenant_id WHERE t.slug = ? "
                + "AND s.plugin_id = ?", slug, plugin);
    }

    private static String single(String sql, String... parameters) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (var row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }
}
