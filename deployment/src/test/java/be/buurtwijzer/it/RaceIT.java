package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invariants under truly parallel requests: all requests of a round wait at one latch and leave
 * together, from as many threads. A concurrency failure is a 409 problem, never a 500, never a
 * lost update or a broken invariant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RaceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** Runs {@code n} requests at the same moment; returns their replies in order. */
    static List<Api.Reply> together(int n, IntFunction<Api.Reply> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.apply(index);
                }, pool));
            }
            start.countDown();
            return replies.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static Map<Integer, Long> statuses(List<Api.Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
    }

    private static void oneWinsTheRestConflict(List<Api.Reply> replies, int success) {
        Map<Integer, Long> statuses = statuses(replies);
        assertEquals(1L, statuses.getOrDefault(success, 0L), "exactly one wins: " + replies);
        assertEquals(replies.size() - 1L, statuses.getOrDefault(409, 0L), "the others are told: " + replies);
        assertTrue(replies.stream().filter(r -> r.status() == 409).allMatch(Api.Reply::isProblem));
    }

    @RepeatedTest(3)
    void twoAdministratorsDemotingEachOtherLeaveOne() {
        Municipality m = Municipality.fresh("race");
        String second = "admin2-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String secondPassword = m.member(second, "TENANT_ADMIN");
        JsonObject first = m.memberNamed(m.admin());
        JsonObject other = m.memberNamed(second);
        List<Api.Reply> replies = together(2, i -> i == 0
                ? m.asAdmin("PUT", "members/" + other.getString("userId"), object().add("role", "PARTNER")
                        .add("version", other.getJsonNumber("version").longValue()).build())
                : Api.send(second, secondPassword, "PUT", m.base() + "/members/" + first.getString("userId"), object()
                        .add("role", "PARTNER").add("version", first.getJsonNumber("version").longValue()).build()));
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409 || r.status() == 403),
                replies.toString());
        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), "one demotion goes through: " + replies);
        long administrators = Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/tenants/" + m.slug() + "/administrators")
                .array().size();
        assertEquals(1, administrators, "the municipality keeps an administrator");
    }

    @RepeatedTest(2)
    void concurrentSettingsUpdatesFromOneVersionLetOneWin() {
        Municipality m = Municipality.fresh("race");
        long version = m.asAdmin("GET", "settings", null).json().getJsonNumber("version").longValue();
        List<Api.Reply> replies = together(6, i -> m.asAdmin("PUT", "settings", object().add("name", "Naam " + i)
                .add("defaultLocale", "nl-BE").add("version", version).build()));
        oneWinsTheRestConflict(replies, 200);
        String winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .getString("name");
        assertEquals(winner, m.asAdmin("GET", "settings", null).json().getString("name"), "no lost update");
    }

    @RepeatedTest(2)
    void concurrentMunicipalityUpdatesByThePlatformLetOneWin() {
        Municipality m = Municipality.fresh("race");
        String path = "/api/v1/admin/tenants/" + m.slug();
        long version = Api.get(Demo.PLATFORM_ADMIN, path).json().getJsonNumber("version").longValue();
        oneWinsTheRestConflict(together(6, i -> Api.put(Demo.PLATFORM_ADMIN, path, object().add("name", "Naam " + i)
                .add("defaultLocale", "nl-BE").add("version", version).build())), 200);
    }

    @RepeatedTest(2)
    void concurrentRoleChangesOfOneMemberLetOneWin() {
        Municipality m = Municipality.fresh("race");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        m.member(email, "PARTNER");
        JsonObject member = m.memberNamed(email);
        oneWinsTheRestConflict(together(6, i -> m.asAdmin("PUT", "members/" + member.getString("userId"), object()
                .add("role", i % 2 == 0 ? "COORDINATOR" : "TENANT_ADMIN")
                .add("version", member.getJsonNumber("version").longValue()).build())), 200);
    }

    @RepeatedTest(2)
    void concurrentInvitationsOfOneAddressMakeOne() {
        Municipality m = Municipality.fresh("race");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        oneWinsTheRestConflict(together(6, i -> m.asAdmin("POST", "invitations", object().add("email", email)
                .add("role", "PARTNER").build())), 201);
        assertEquals(1, m.asAdmin("GET", "invitations", null).array().size());
    }

    @RepeatedTest(2)
    void concurrentSavesOfOneSpiderWebFromOneVersionLetOneWin() {
        Municipality m = Municipality.fresh("race");
        m.subscribe("spiderweb");
        String ops = "instruments/spiderweb/operations/";
        JsonObject web = m.asAdmin("POST", ops + "save-web", "{\"name\":\"Gedeeld web\"}").json();
        List<Api.Reply> replies = together(4, i -> m.asAdmin("POST", ops + "save-web", "{\"webId\":\""
                + web.getString("id") + "\",\"name\":\"Versie " + i + "\",\"version\":" + web.getJsonNumber("version")
                + "}"));
        oneWinsTheRestConflict(replies, 200);
        String winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .getString("name");
        assertEquals(winner, m.asAdmin("POST", ops + "web", "{\"webId\":\"" + web.getString("id") + "\"}").json()
                .getString("name"));
    }

    /**
     * Forty wrong passwords at once reach the password check at most five times: the attempts are
     * counted in one atomic statement before the check, so the count in the database is exactly
     * the limit and the account is locked, even for the right password.
     */
    @Test
    void concurrentWrongPasswordsAreCountedAndLockAfterFive() throws Exception {
        Municipality m = Municipality.fresh("race");
        List<Api.Reply> replies = together(40, i -> Api.send(m.admin(), "wrong-" + i, "GET", "/api/v1/me", null));
        assertTrue(replies.stream().allMatch(r -> r.status() == 401), replies.toString());
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var query = db.prepareStatement("SELECT failed_logins, locked_until FROM user_account WHERE email = ?")) {
            query.setString(1, m.admin());
            try (var row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(5, row.getInt(1), "every attempt counted, none past the limit");
                assertTrue(row.getTimestamp(2) != null, "locked");
            }
        }
        assertEquals(401, Api.send(m.admin(), m.adminPassword(), "GET", "/api/v1/me", null).status(),
                "locked: even the right password is refused");
    }

    @Test
    void parallelRequestsNeverAnswer500() {
        Municipality m = Municipality.fresh("race");
        List<Api.Reply> replies = together(12, i -> m.asAdmin("POST", "neighbourhoods", object()
                .add("name", "Dezelfde buurt").add("kind", "LIVED").build()));
        oneWinsTheRestConflict(replies, 201);
        assertEquals(1, m.asAdmin("GET", "neighbourhoods", null).json().getInt("total"));
    }
}
