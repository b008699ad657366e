package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every way of not getting in answers the same 401, so nothing tells which part was wrong. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A fresh account, so that locking it disturbs no other test. */
    private static String[] newAccount() {
        String slug = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug).add("name", "Auth " + slug)
                .add("defaultLocale", "nl-BE").build());
        String email = "admin@" + slug + ".example";
        String oneTime = post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", email).add("displayName", "Admin").build()).json().getString("oneTimePassword");
        return new String[] {email, Api.activate(email, oneTime)};
    }

    private static void assertRefused(Api.Reply reply, String expectedBody) {
        assertEquals(401, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertTrue(reply.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(expectedBody, reply.body(), "every refusal must look the same");
    }

    @Test
    void noCredentialsWrongPasswordUnknownUserAndLockedAccountLookAlike() {
        String[] account = newAccount();
        Api.Reply none = Api.send(null, null, "GET", "/api/v1/me", null);
        String body = none.body();
        assertRefused(none, body);
        assertRefused(Api.send(account[0], "wrong", "GET", "/api/v1/me", null), body);
        assertRefused(Api.send("nobody-" + UUID.randomUUID() + "@example.org", "whatever", "GET", "/api/v1/me", null), body);
        assertRefused(Api.send(null, null, "GET", "/api/v1/tenants/stederen/actors", null), body);
        assertRefused(Api.send(null, null, "GET", "/api", null), body);
        assertEquals(200, Api.send(account[0], account[1], "GET", "/api/v1/me", null).status());
    }

    /** Four failures do not lock; the right password then starts the count again. */
    @Test
    void fourFailuresDoNotLock() {
        String[] account = newAccount();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, Api.send(account[0], "wrong-" + i, "GET", "/api/v1/me", null).status());
        }
        assertEquals(200, Api.send(account[0], account[1], "GET", "/api/v1/me", null).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, Api.send(account[0], "again-" + i, "GET", "/api/v1/me", null).status());
        }
        assertEquals(200, Api.send(account[0], account[1], "GET", "/api/v1/me", null).status(), "the count started again");
    }

    /**
     * The fifth failure locks for exactly the configured 15 minutes; once that time has passed (here:
     * the lock moved into the past in the database, as the clock would) the right password works again.
     */
    @Test
    void theFifthFailureLocksForFifteenMinutes() throws Exception {
        String[] account = newAccount();
        for (int i = 0; i < 5; i++) {
            Api.send(account[0], "wrong-" + i, "GET", "/api/v1/me", null);
        }
        long now = System.currentTimeMillis();
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"), "root", "")) {
            try (var read = db.prepareStatement("SELECT failed_logins, locked_until FROM user_account WHERE email = ?")) {
                read.setString(1, account[0]);
                try (var row = read.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(5, row.getInt(1));
                    long lockedFor = row.getTimestamp(2).getTime() - now;
                    assertTrue(Math.abs(lockedFor - 15 * 60_000L) < 10_000, "locked for " + lockedFor + " ms");
                }
            }
            assertEquals(401, Api.send(account[0], account[1], "GET", "/api/v1/me", null).status());
            try (var expire = db.prepareStatement("UPDATE user_account SET locked_until = ? WHERE email = ?")) {
                expire.setTimestamp(1, new java.sql.Timestamp(now - 1_000));
                expire.setString(2, account[0]);
                assertEquals(1, expire.executeUpdate());
            }
        }
        assertEquals(200, Api.send(account[0], account[1], "GET", "/api/v1/me", null).status(), "unlocked after the period");
    }

    /**
     * A request that names its municipality reads the account with the membership there (one statement, not
     * through JPA): a password remembered from before still meets the lock, and the lock's end, as on any path.
     */
    @Test
    void aRememberedPasswordMeetsTheLockOnARequestThatNamesItsMunicipality() throws Exception {
        String[] account = newAccount();
        String members = "/api/v1/tenants/" + account[0].substring(account[0].indexOf('@') + 1).replace(".example", "")
                + "/members";
        assertEquals(200, Api.send(account[0], account[1], "GET", members, null).status(), "remembered from here on");
        String body = Api.send(null, null, "GET", members, null).body();
        for (int i = 0; i < 5; i++) {
            assertRefused(Api.send(account[0], "wrong-" + i, "GET", members, null), body);
        }
        assertRefused(Api.send(account[0], account[1], "GET", members, null), body);
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var expire = db.prepareStatement("UPDATE user_account SET locked_until = ? WHERE email = ?")) {
            expire.setTimestamp(1, new java.sql.Timestamp(System.currentTimeMillis() - 1_000));
            expire.setString(2, account[0]);
            assertEquals(1, expire.executeUpdate());
        }
        assertEquals(200, Api.send(account[0], account[1], "GET", members, null).status(), "unlocked after the period");
    }

    @Test
    void repeatedFailuresLockTheAccount() {
        String[] account = newAccount();
        String body = Api.send(null, null, "GET", "/api/v1/me", null).body();
        for (int i = 0; i < 5; i++) {
            assertRefused(Api.send(account[0], "wrong-" + i, "GET", "/api/v1/me", null), body);
        }
        // now even the right password is refused, in the same words
        assertRefused(Api.send(account[0], account[1], "GET", "/api/v1/me", null), body);
    }

    /**
     * Whether an account exists or is locked must not show in the time of the answer either: every
     * refusal does the same password-hashing work. Medians of a few tries per kind, compared with a
     * wide margin (before, a locked account answered in a few milliseconds and a wrong password in
     * about 200).
     */
    @Test
    void wrongUnknownAndLockedTakeTheSameTime() {
        String[] locked = newAccount();
        for (int i = 0; i < 5; i++) {
            Api.send(locked[0], "wrong-" + i, "GET", "/api/v1/me", null);
        }
        List<Long> wrong = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Long> lockedTimes = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            String[] fresh = newAccount();
            for (int i = 0; i < 4; i++) {
                wrong.add(timed(fresh[0], "wrong-" + i));
                unknown.add(timed("nobody-" + UUID.randomUUID() + "@example.org", "wrong"));
                lockedTimes.add(timed(locked[0], locked[1]));
            }
        }
        long w = median(wrong);
        long u = median(unknown);
        long l = median(lockedTimes);
        long slowest = Math.max(w, Math.max(u, l));
        long fastest = Math.min(w, Math.min(u, l));
        assertTrue(fastest * 2 >= slowest, "medians in ms: wrong " + w + ", unknown " + u + ", locked " + l);
    }

    private static long timed(String email, String password) {
        long start = System.nanoTime();
        Api.Reply reply = Api.send(email, password, "GET", "/api/v1/me", null);
        assertEquals(401, reply.status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void malformedAuthorizationHeaderIsRefused() {
        String body = Api.send(null, null, "GET", "/api/v1/me", null).body();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/api/v1/me"))
                .header("Authorization", "Basic !!!not-base64!!!").GET().build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, response.statusCode());
            assertEquals(body, response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
