package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forgotten passwords and invitations by e-mail, through the REST API, with a real SMTP server
 * (GreenMail) receiving what the server sends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void openMailbox() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void closeMailbox() {
        mailbox.close();
    }

    private static Api.Reply ask(String email) {
        return Api.send(null, null, "POST", "/api/v1/password-reset", object().add("email", email).build());
    }

    private static Api.Reply choose(String token, String password) {
        return Api.send(null, null, "POST", "/api/v1/password-reset/" + token, object().add("password", password)
                .build());
    }

    @Test
    void aLinkByMailSetsANewPasswordOnceLiftsTheLockAndNobodyLearnsWhichAddressesExist() throws Exception {
        Municipality m = Municipality.fresh("reset");
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 5; i++) {
            Api.send(m.admin(), "wrong-" + i, "GET", "/api/v1/me", null);
        }
        assertEquals(401, Api.send(m.admin(), m.adminPassword(), "GET", "/api/v1/me", null).status(), "locked");

        Api.Reply known = ask(m.admin().toUpperCase());
        Api.Reply unknown = ask(nobody);
        assertEquals(202, known.status(), known.toString());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body(), "the same answer whether or not the address has an account");
        List<MimeMessage> mails = mailbox.await(m.admin(), 1);
        Mailbox.sleep(1500);
        assertEquals(1, mailbox.to(m.admin()).size());
        assertEquals(List.of(), mailbox.to(nobody), "nothing goes to an address without an account");
        assertEquals("Een nieuw wachtwoord kiezen voor Buurtwijzer", Mailbox.subject(mails.get(0)));
        String link = Mailbox.link(mails.get(0), "/password-reset/");
        String token = Mailbox.token(link);
        assertEquals("OPEN", Api.send(null, null, "GET", "/api/v1/password-reset/" + token, null).json()
                .getString("status"));

        Api.Reply weak = choose(token, "kort");
        assertEquals(400, weak.status(), weak.toString());
        assertTrue(weak.isProblem() && weak.json().getString("detail").contains("at least 10"), weak.toString());
        Api.Reply dutch = sendDutch("/api/v1/password-reset/" + token, "kort");
        assertEquals(400, dutch.status(), dutch.toString());
        assertTrue(dutch.json().getString("detail").contains("minstens 10"), dutch.toString());

        String chosen = Api.strongPassword();
        assertEquals(204, choose(token, chosen).status());
        assertEquals(200, Api.send(m.admin(), chosen, "GET", "/api/v1/me", null).status(), "the lock is lifted");
        assertEquals(401, Api.send(m.admin(), m.adminPassword(), "GET", "/api/v1/me", null).status());

        Api.Reply reused = choose(token, Api.strongPassword());
        assertEquals(410, reused.status(), reused.toString());
        assertTrue(reused.isProblem() && reused.json().getString("detail").contains("used"), reused.toString());
        assertEquals(200, Api.send(m.admin(), chosen, "GET", "/api/v1/me", null).status(), "a used link changes nothing");

        String userId = Api.send(m.admin(), chosen, "GET", "/api/v1/me", null).json().getString("userId");
        String audit = Api.get(Demo.PLATFORM_ADMIN, "/api/v1/admin/audit?entityType=password&entityId=" + userId).body();
        assertTrue(audit.contains(userId) && audit.contains("reset with a link by e-mail"),
                "the reset is in the audit trail: " + audit);
    }

    @Test
    void anExpiredLinkAndAnUnknownOneAreRefusedAndAnEarlierLinkEndsWithTheReset() throws Exception {
        Municipality m = Municipality.fresh("expire");
        assertEquals(202, ask(m.admin()).status());
        assertEquals(202, ask(m.admin()).status());
        List<MimeMessage> mails = mailbox.await(m.admin(), 2);
        String first = Mailbox.token(Mailbox.link(mails.get(0), "/password-reset/"));
        String second = Mailbox.token(Mailbox.link(mails.get(1), "/password-reset/"));
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
                var expire = db.prepareStatement("UPDATE password_reset SET expires_at = ? WHERE token_hash = ?")) {
            expire.setTimestamp(1, new java.sql.Timestamp(System.currentTimeMillis() - 1_000));
            expire.setString(2, sha256(first));
            assertEquals(1, expire.executeUpdate(), "only the hash of the token is stored");
        }
        Api.Reply expired = Api.send(null, null, "POST", "/api/v1/password-reset/" + first, object()
                .add("password", Api.strongPassword()).build());
        assertEquals(410, expired.status(), expired.toString());
        assertTrue(expired.json().getString("detail").contains("expired"), expired.toString());
        Api.Reply expiredInDutch = sendDutch("/api/v1/password-reset/" + first, Api.strongPassword());
        assertTrue(expiredInDutch.json().getString("detail").contains("verlopen"), expiredInDutch.toString());

        Api.Reply unknown = choose("no-such-token", Api.strongPassword());
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem());

        String chosen = Api.strongPassword();
        assertEquals(204, choose(second, chosen).status());
        assertEquals(200, Api.send(m.admin(), chosen, "GET", "/api/v1/me", null).status());
        Api.Reply missing = Api.send(null, null, "POST", "/api/v1/password-reset", "{}");
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.isProblem());
    }

    @Test
    void atMostThreeMailsPerAddressPerHour() {
        Municipality m = Municipality.fresh("limit");
        for (int i = 0; i < 5; i++) {
            assertEquals(202, ask(m.admin()).status(), "the answer never changes");
        }
        mailbox.await(m.admin(), 3);
        Mailbox.sleep(2000);
        assertEquals(3, mailbox.to(m.admin()).size());
    }

    @Test
    void anAdministratorInvitesByMailAndTheLinkInTheMailLetsThePersonJoin() {
        Municipality m = Municipality.fresh("invite");
        String email = "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Api.Reply invited = m.asAdmin("POST", "invitations", object().add("email", email).add("role", "COORDINATOR")
                .build());
        assertEquals(201, invited.status(), invited.toString());
        assertEquals("SENT", invited.json().getString("delivery"));
        assertFalse(invited.json().containsKey("token"), "the secret went to the person, not to the administrator");
        assertFalse(invited.json().containsKey("link"));

        MimeMessage mail = mailbox.await(email, 1).get(0);
        assertEquals("Uitnodiging voor Gemeente " + m.slug() + " in Buurtwijzer", Mailbox.subject(mail));
        assertTrue(Mailbox.text(mail).contains("als coördinator mee te werken"), Mailbox.text(mail));
        String token = Mailbox.token(Mailbox.link(mail, "/invitation/"));
        String password = Api.strongPassword();
        Api.Reply joined = Api.send(null, null, "POST", "/api/v1/invitations/" + token + "/account", object()
                .add("displayName", "Nieuw Lid").add("password", password).build());
        assertEquals(201, joined.status(), joined.toString());
        assertEquals(200, Api.send(email, password, "GET", m.base() + "/actors", null).status());
        assertEquals("COORDINATOR", m.memberNamed(email).getString("role"));
    }

    /** An administrator of one municipality cannot invite into another: nothing is created, nobody is mailed. */
    @Test
    void noAdministratorInvitesIntoAnotherMunicipality() {
        Municipality mine = Municipality.fresh("mine");
        Municipality theirs = Municipality.fresh("theirs");
        String email = "indringer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Api.Reply refused = mine.asAdmin("POST", theirs.base() + "/invitations", object().add("email", email)
                .add("role", "TENANT_ADMIN").build());
        assertEquals(404, refused.status(), refused.toString());
        Api.Reply demo = Api.post(Demo.GEMEENTEGEM_ADMIN, Demo.STEDEREN + "/invitations", object().add("email", email)
                .add("role", "PARTNER").build());
        assertEquals(404, demo.status(), demo.toString());
        Mailbox.sleep(1500);
        assertEquals(List.of(), mailbox.to(email));
        assertEquals("[]", theirs.asAdmin("GET", "invitations", null).body());
    }

    private static Api.Reply sendDutch(String path, String password) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
                    .header("Content-Type", "application/json").header("Accept-Language", "nl-BE")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(object().add("password", password).build()
                            .toString())).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
