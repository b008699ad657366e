package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.function.BiConsumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page stays open while its user's rights change in another session. Every action from it must
 * pass the checks of that moment: refused in plain Dutch, nothing stored, nothing in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenPageRightsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static final BiConsumer<Municipality, String> DEMOTE = (m, email) -> {
        var member = m.memberNamed(email);
        Api.Reply demoted = m.asAdmin("PUT", "members/" + member.getString("userId"), object().add("role", "PARTNER")
                .add("version", member.getJsonNumber("version").longValue()).build());
        assertEquals(200, demoted.status(), demoted.toString());
    };

    private static final BiConsumer<Municipality, String> REMOVE = (m, email) -> assertEquals(204,
            m.asAdmin("DELETE", "members/" + m.memberNamed(email).getString("userId"), null).status());

    private static final BiConsumer<Municipality, String> DISABLE = (m, email) -> assertEquals(200,
            m.asAdmin("PUT", "instruments/spiderweb/subscription", object().add("enabled", false)
                    .add("version", m.subscription("spiderweb").getJsonNumber("version").longValue()).build()).status());

    /** A coordinator of a fresh municipality (with these instruments), logged in in a browser of their own. */
    private record Coordinator(Municipality municipality, String email, String password, Browser browser) {
        static Coordinator loggedIn(String... instruments) {
            Municipality m = Municipality.fresh("rights");
            for (String instrument : instruments) {
                m.subscribe(instrument);
            }
            String email = "coordinator-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            String password = m.member(email, "COORDINATOR");
            Browser browser = new Browser();
            browser.login(email, password);
            browser.waitForText("Overzicht");
            return new Coordinator(m, email, password, browser);
        }
    }

    @Test
    void aCoordinatorDemotedToPartnerCannotSaveFromTheOpenPage() {
        savingAfter(DEMOTE, "Je rol in deze gemeente laat dit niet (meer) toe");
    }

    @Test
    void aRemovedMemberCannotSaveFromTheOpenPage() {
        savingAfter(REMOVE, "Je hebt geen toegang (meer) tot deze gemeente");
    }

    @Test
    void aDisabledInstrumentCannotBeSavedFromTheOpenPage() {
        savingAfter(DISABLE, "Dit instrument is niet (meer) ingeschakeld");
    }

    private void savingAfter(BiConsumer<Municipality, String> change, String refusal) {
        Coordinator c = Coordinator.loggedIn("spiderweb");
        Municipality m = c.municipality();
        String email = c.email();
        try (Browser browser = c.browser()) {
            browser.open("/" + m.slug() + "/instrument/spiderweb/webs");
            browser.waitForText("Spinnenweb bewaren");
            browser.fill("spiderweb-name", "Web van een open pagina");
            change.accept(m, email);
            browser.clickButton("Spinnenweb bewaren");
            browser.waitForText(refusal);
            browser.screenshot("open-page-refused-" + refusal.substring(0, 12).replaceAll("[^A-Za-z]", "_"));
        }
        Api.Reply trail = m.asAdmin("GET", "audit?entityType=record:spiderweb:web", null);
        assertEquals(0, trail.json().getInt("total"), "no write reached the store: " + trail);
        if (change != DISABLE) {
            assertEquals(0, m.asAdmin("POST", "instruments/spiderweb/operations/webs", "{}").array().size());
        }
    }

    @Test
    void aRegisterFormOpenedBeforeADemotionCannotSave() {
        Coordinator c = Coordinator.loggedIn();
        Municipality m = c.municipality();
        String email = c.email();
        try (Browser browser = c.browser()) {
            browser.open("/" + m.slug() + "/register/actors");
            browser.clickButton("Toevoegen");
            browser.fill("actor-name", "Actor van een open pagina");
            DEMOTE.accept(m, email);
            browser.clickButton("Opslaan");
            browser.waitForText("Je rol in deze gemeente laat dit niet (meer) toe");
        }
        assertEquals(0, m.asAdmin("GET", "actors", null).json().getInt("total"), "nothing was saved");
    }

    @Test
    void aPasswordChangedElsewhereEndsTheOpenSession() {
        Coordinator c = Coordinator.loggedIn();
        Municipality m = c.municipality();
        String email = c.email();
        String password = c.password();
        try (Browser browser = c.browser()) {
            browser.open("/" + m.slug() + "/register/actors");
            browser.clickButton("Toevoegen");
            browser.fill("actor-name", "Actor na een wachtwoordwijziging");
            Api.Reply changed = Api.send(email, password, "PUT", "/api/v1/me/password", object()
                    .add("currentPassword", password).add("newPassword", Api.strongPassword()).build());
            assertEquals(204, changed.status(), changed.toString());
            browser.clickButton("Opslaan");
            browser.waitForText("Je sessie werd beëindigd omdat je account gewijzigd werd");
        }
        assertEquals(0, m.asAdmin("GET", "actors", null).json().getInt("total"), "nothing was saved");
    }

    /** Two people on one web: the second save is refused, says who changed it, and offers the new version. */
    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithWhoAndAReload() {
        Coordinator c = Coordinator.loggedIn("spiderweb");
        Municipality m = c.municipality();
        var web = m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"name\":\"Gedeeld web\"}").json();
        try (Browser browser = c.browser()) {
            browser.open("/" + m.slug() + "/instrument/spiderweb/webs");
            browser.waitForText("Spinnenweb bewaren");
            Api.Reply other = m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"webId\":\""
                    + web.getString("id") + "\",\"name\":\"Web van de beheerder\",\"version\":"
                    + web.getJsonNumber("version") + "}");
            assertEquals(200, other.status(), other.toString());
            browser.clickButton("Spinnenweb bewaren");
            browser.waitForText("intussen gewijzigd door " + m.admin());
            browser.clickButton("Nieuwe versie laden");
            browser.waitForText("Web van de beheerder");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d ->
                    "Web van de beheerder".equals(d.findElement(org.openqa.selenium.By.cssSelector("#spiderweb-name input"))
                            .getDomProperty("value")));
        }
        assertEquals("Web van de beheerder", m.asAdmin("POST", "instruments/spiderweb/operations/web",
                "{\"webId\":\"" + web.getString("id") + "\"}").json().getString("name"), "nothing was overwritten");
    }

    /** Someone guessed at an account: the answers said nothing, but its owner is told at the next log-in. */
    @Test
    void theOwnerOfALockedAccountIsToldAfterTheNextLogIn() {
        Municipality m = Municipality.fresh("rights");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        m.member(email, "PARTNER");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.send(email, "geraden-" + i, "GET", "/api/v1/me", null).status());
        }
        String oneTime = m.asAdmin("POST", "members/" + m.memberNamed(email).getString("userId") + "/password-reset",
                null).json().getString("oneTimePassword");
        String chosen = Api.strongPassword();
        try (Browser browser = new Browser()) {
            browser.login(email, oneTime);
            browser.waitForText("Kies nu je eigen wachtwoord");
            browser.fill("password-current", oneTime);
            browser.fill("password-new", chosen);
            browser.fill("password-repeat", chosen);
            browser.clickButton("Wachtwoord bewaren");
            browser.waitForText("vergrendeld na herhaalde mislukte aanmeldpogingen");
            browser.screenshot("lock-notice");
        }
        var me = Api.send(email, chosen, "GET", "/api/v1/me", null).json();
        assertTrue(!me.containsKey("lockedAt") || me.isNull("lockedAt"), "told once: " + me);
    }
}
