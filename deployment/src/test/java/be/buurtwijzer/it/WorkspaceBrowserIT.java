package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The Vaadin workspace in a real headless Chromium against the assembled server with real plugins. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A fresh municipality with its administrator's e-mail and password. */
    private static String[] municipality() {
        String slug = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug).add("name", "Gemeente " + slug)
                .add("defaultLocale", "nl-BE").build());
        String email = "admin@" + slug + ".example";
        String oneTime = post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", email).add("displayName", "Admin").build()).json().getString("oneTimePassword");
        return new String[] {slug, email, Api.activate(email, oneTime)};
    }

    @Test
    void wrongPasswordIsSaidPlainlyInDutch() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_PARTNER, "verkeerd");
            browser.waitForText("Aanmelden lukte niet");
            browser.screenshot("login-failed");
        }
    }

    @Test
    void aPartnerSeesTheEnabledInstrumentButNoAdministration() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_PARTNER, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.screenshot("home-partner");
            assertTrue(browser.navigation().contains("Documenteren"), browser.navigation().toString());
            assertFalse(browser.navigation().contains("Instrumenten beheren"), browser.navigation().toString());
            browser.open("/stederen/admin/instruments");
            browser.waitForText("Geen toegang");
            browser.open("/stederen/instrument/logbook/entries");
            browser.waitForText("cijfer");
            browser.screenshot("logbook-partner");
        }
    }

    @Test
    void theHomePageOfACoordinatorSaysWhatNeedsAttentionAndWhatColleaguesChanged() {
        Municipality m = Municipality.fresh("home");
        m.subscribe("typology");
        m.asAdmin("POST", "initiatives", "{\"name\":\"Repair café\",\"status\":\"IDEA\"}");
        m.asAdmin("POST", "initiatives", "{\"name\":\"Wandelgroep\",\"status\":\"IDEA\"}");
        String coordinator = "coordinator@" + m.slug() + ".example";
        String password = m.member(coordinator, "COORDINATOR");
        try (Browser browser = new Browser()) {
            browser.login(coordinator, password);
            browser.waitForText("Vraagt aandacht");
            browser.waitForText("2 initiatieven zijn nog niet getypeerd.");
            String home = browser.bodyText();
            assertTrue(home.contains("Recente wijzigingen") && home.contains(m.admin()), home);
            assertFalse(home.contains("Alle wijzigingen in de audittrail"), "the whole trail is the administrator's");
            browser.screenshot("home-attention");
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("#home-attention a")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().endsWith("/" + m.slug() + "/instrument/typology/initiatives"));
            browser.waitForText("Pijlers van een zorgzame buurt");
        }
    }

    @Test
    void enablingAnInstrumentShowsItInThatMunicipalityOnlyAndDisablingRemovesIt() {
        String[] m = municipality();
        try (Browser browser = new Browser()) {
            browser.login(m[1], m[2]);
            browser.waitForText("Overzicht");
            assertFalse(browser.navigation().contains("Documenteren"));
            browser.open("/" + m[0] + "/admin/instruments");
            browser.waitForText("Instrumenten beheren");
            browser.screenshot("catalogue");
            browser.driver.findElement(By.cssSelector("vaadin-button[aria-label='Inschrijven: Documenteren']")).click();
            browser.waitForText("Uitschakelen");
            assertTrue(browser.navigation().contains("Documenteren"), browser.navigation().toString());
            browser.driver.findElement(By.cssSelector("vaadin-button[aria-label='Uitschakelen: Documenteren']")).click();
            browser.waitForText("Inschakelen");
            assertFalse(browser.navigation().contains("Documenteren"), browser.navigation().toString());
        }
        // another municipality never saw it appear: its menu has the register, not the instrument
        String[] other = municipality();
        assertEquals(404, Api.send(other[1], other[2], "POST", "/api/v1/tenants/" + m[0]
                + "/instruments/logbook/subscription", null).status(), "no way into the first municipality's catalogue");
        try (Browser browser = new Browser()) {
            browser.login(other[1], other[2]);
            browser.waitForText("Overzicht");
            assertTrue(browser.navigation().contains("Buurten"), browser.navigation().toString());
            assertFalse(browser.navigation().contains("Documenteren"), browser.navigation().toString());
        }
    }

    @Test
    void aFailingPluginViewShowsAnErrorPanelAndTheRestKeepsWorking() {
        String[] m = municipality();
        Api.send(m[1], m[2], "POST", "/api/v1/tenants/" + m[0] + "/instruments/test-faulty/subscription", null);
        try (Browser browser = new Browser()) {
            browser.login(m[1], m[2]);
            browser.waitForText("Overzicht");
            browser.open("/" + m[0] + "/instrument/test-faulty/broken");
            browser.waitForText("kon dit onderdeel niet tonen");
            assertTrue(!browser.driver.findElements(By.id("plugin-error-panel")).isEmpty());
            browser.screenshot("plugin-error-panel");
            browser.open("/" + m[0] + "/register/neighbourhoods");
            browser.waitForText("Buurten");
        }
    }

    @Test
    void aPersonInTwoMunicipalitiesSwitchesAndSeesOnlyTheCurrentOne() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.REGIO, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.open("/gemeentegem/register/neighbourhoods");
            browser.waitForText("De Leefhoek");
            assertFalse(browser.bodyText().contains("Stationswijk"), "Gemeentegem is current, not Stederen");
            browser.screenshot("neighbourhoods-gemeentegem");
            browser.driver.findElement(By.id("municipality")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                            .anyMatch(i -> i.getText().contains("Stad Stederen")));
            browser.driver.findElements(By.tagName("vaadin-select-item")).stream()
                    .filter(i -> i.getText().contains("Stad Stederen")).findFirst().orElseThrow().click();
            browser.waitForText("Overzicht");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/stederen"));
            // the address without a municipality leads to the one switched to
            browser.open("/register/neighbourhoods");
            browser.waitForText("Stationswijk");
            assertFalse(browser.bodyText().contains("De Leefhoek"), "nothing of the previous municipality");
            browser.screenshot("neighbourhoods-stederen");
        }
    }

    @Test
    void aPublisherUploadsAReleaseAndAnAdministratorApprovesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String orgId = post(PLATFORM_ADMIN, "/api/v1/admin/organisations", object().add("name", "UI " + tag).build())
                .json().getString("id");
        String email = "publisher@ui-" + tag + ".example";
        String password = Api.activate(email, post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId
                + "/publishers", object().add("email", email).add("displayName", "Publisher").build()).json()
                .getString("oneTimePassword"));
        String pluginId = "ui-notes-" + tag;
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), pluginId, "1.0.0");
        java.nio.file.Path file = java.nio.file.Files.createTempFile(pluginId, ".jar");
        java.nio.file.Files.write(file, jar);
        try (Browser browser = new Browser()) {
            browser.login(email, password);
            browser.waitForText("Mijn releases");
            // the key is made and kept in the browser; only its public half reaches the server
            browser.open("/publisher/keys");
            browser.waitForText("Sleutel maken in deze browser");
            browser.fill("key-label", "laptop");
            browser.clickButton("Sleutel maken in deze browser");
            browser.waitForText("Sleutel gemaakt en geregistreerd");
            browser.waitForText("Wacht op goedkeuring");
            browser.clickButton("Reservekopie bewaren");
            browser.waitForText("De reservekopie is gedownload");
            browser.screenshot("signing-keys");
            browser.open("/publisher/releases");
            browser.waitForText("Nieuwe release indienen");
            var upload = browser.driver.findElement(By.id("plugin-upload"));
            var input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toString());
            browser.waitForText("Ontvangen");
            browser.driver.findElement(By.id("submit-release")).click();
            browser.waitForText("De upload is niet ondertekend");
            browser.clickButton("Ondertekenen in deze browser");
            browser.waitForText("nog niet goedgekeurd");
            String keyId = Api.get(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId + "/keys").array()
                    .getJsonObject(0).getString("id");
            assertEquals(200, post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId + "/keys/" + keyId
                    + "/approve", null).status());
            browser.clickButton("Ondertekenen in deze browser");
            browser.waitForText("Ondertekend met een goedgekeurde sleutel");
            browser.driver.findElement(By.id("submit-release")).click();
            browser.waitForText("Ingediend: " + pluginId);
            browser.screenshot("publisher-releases");
        }
        try (Browser browser = new Browser()) {
            browser.login(PLATFORM_ADMIN, Api.PASSWORD);
            browser.waitForText("Releases beoordelen");
            browser.open("/platform/releases");
            browser.waitForText(pluginId);
            browser.screenshot("release-queue");
            browser.driver.findElement(By.cssSelector("vaadin-button[aria-label='Goedkeuren: " + pluginId + " 1.0.0']"))
                    .click();
            browser.waitForText("Goedgekeurd en live geladen");
        }
        assertTrue(Api.get(PLATFORM_ADMIN, "/api/v1/admin/plugins").body().contains(pluginId));
    }

    @Test
    void aPlatformAdministratorCreatesAndSuspendsAMunicipalityWhoseAdministratorIsToldWhy() {
        String slug = "ui-new-" + UUID.randomUUID().toString().substring(0, 6);
        String password;
        try (Browser browser = new Browser()) {
            browser.login(PLATFORM_ADMIN, Api.PASSWORD);
            browser.waitForText("Gemeenten");
            browser.open("/platform/municipalities");
            browser.waitForText("Nieuwe gemeente");
            browser.driver.findElement(By.cssSelector("#new-slug input")).sendKeys(slug);
            browser.driver.findElement(By.cssSelector("#new-name input")).sendKeys("Gemeente " + slug);
            browser.driver.findElement(By.cssSelector("#new-admin-email input")).sendKeys("admin@" + slug + ".example");
            browser.driver.findElement(By.cssSelector("#new-admin-name input")).sendKeys("Nieuwe beheerder");
            browser.driver.findElement(By.id("create-municipality")).click();
            browser.waitForText("eenmalig wachtwoord");
            String text = browser.driver.findElement(By.id("municipality-result")).getText();
            password = text.substring(text.indexOf("wachtwoord: ") + 12, text.indexOf(" (wordt"));
            browser.screenshot("municipalities");
            browser.driver.findElement(By.cssSelector("vaadin-button[aria-label='Opschorten: Gemeente " + slug + "']"))
                    .click();
            // suspending a whole municipality asks for its name first
            browser.waitForText("om te bevestigen");
            browser.type("confirm-typed", "Gemeente " + slug);
            browser.clickButton("Bevestigen");
            browser.waitForText("Heractiveren");
        }
        try (Browser browser = new Browser()) {
            browser.login("admin@" + slug + ".example", password);
            // a one-time password is replaced first, before anything else opens
            browser.waitForText("Kies nu je eigen wachtwoord");
            browser.open("/" + slug + "/admin/members");
            browser.waitForText("Kies nu je eigen wachtwoord");
            String chosen = Api.strongPassword();
            browser.fill("password-current", password);
            browser.fill("password-new", chosen);
            browser.fill("password-repeat", chosen);
            browser.clickButton("Wachtwoord bewaren");
            browser.waitForText("opgeschort");
            browser.screenshot("suspended");
            browser.open("/" + slug + "/admin/members");
            browser.waitForText("Geen toegang");
        }
    }

    @Test
    void aTenantAdministratorInvitesSomeoneWhoCreatesAnAccountAndLogsIn() {
        String[] m = municipality();
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String link;
        try (Browser browser = new Browser()) {
            browser.login(m[1], m[2]);
            browser.waitForText("Leden en rollen");
            browser.open("/" + m[0] + "/admin/members");
            browser.waitForText("Iemand uitnodigen");
            browser.fill("invite-email", email);
            browser.clickButton("Uitnodigen");
            browser.waitForText("Uitnodiging voor " + email);
            String text = browser.bodyText();
            link = text.substring(text.indexOf("/invitation/") + "/invitation/".length()).split(" ")[0];
            browser.waitForText("Openstaande uitnodigingen");
            browser.screenshot("members");
        }
        String password = Api.strongPassword();
        try (Browser browser = new Browser()) {
            browser.open("/invitation/" + link);
            browser.waitForText("Je bent uitgenodigd als Partner");
            browser.fill("invitation-name", "Nieuw lid");
            browser.fill("invitation-new-password", "kort");
            browser.clickButton("Account aanmaken en aanvaarden");
            browser.waitForText("minstens 10 tekens");
            browser.driver.findElement(By.cssSelector("#invitation-new-password input")).clear();
            browser.fill("invitation-new-password", password);
            browser.clickButton("Account aanmaken en aanvaarden");
            browser.waitForText("Overzicht");
            assertFalse(browser.navigation().contains("Leden en rollen"), "a partner manages no members");
        }
        try (Browser browser = new Browser()) {
            browser.login(email, password);
            browser.waitForText("Overzicht");
        }
        Api.Reply reused = Api.send(null, null, "GET", "/api/v1/invitations/" + link, null);
        assertEquals("ACCEPTED", reused.json().getString("status"), "a link works once: " + reused);
    }

    @Test
    void aCoordinatorGetsValidationMessagesAtTheFieldAndNothingIsSaved() {
        String name = "Dubbel " + UUID.randomUUID().toString().substring(0, 6);
        Api.post(Demo.STEDEREN_COORDINATOR, Demo.STEDEREN + "/actors", object().add("name", name)
                .add("kind", "OTHER").add("sector", "CARE").build());
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_COORDINATOR, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.open("/stederen/register/actors");
            browser.waitForText("Actoren");
            browser.clickButton("Toevoegen");
            browser.waitForText("Contactpersoon");
            browser.clickButton("Opslaan");
            browser.waitForText("Vul dit veld in.");
            // kind and sector are empty until chosen: each says so at its own field
            browser.waitForText("Kies of vul een waarde in.");
            browser.driver.findElement(By.cssSelector("#actor-name input")).sendKeys(name + org.openqa.selenium.Keys.TAB);
            browser.choose("actor-kind", "Andere");
            browser.choose("actor-sector", "Zorg");
            browser.clickButton("Opslaan");
            browser.waitForText("al iets met de naam");
            browser.screenshot("actor-duplicate");
        }
        assertTrue(Api.get(Demo.STEDEREN_COORDINATOR, Demo.STEDEREN + "/actors?q=" + name.replace(" ", "%20"))
                .json().getInt("total") == 1, "nothing saved");
    }

    @Test
    void aCoordinatorEditsAnInitiativeAndAPartnerCannot() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = Api.post(Demo.STEDEREN_COORDINATOR, Demo.STEDEREN + "/initiatives", object()
                .add("name", "Repair café " + tag).add("status", "IDEA").build()).json().getString("id");
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_COORDINATOR, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.open("/stederen/register/initiatives");
            browser.waitForText("Repair café " + tag);
            var cell = browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("Repair café " + tag)).findFirst().orElseThrow();
            browser.driver.executeScript("arguments[0].click();", cell);
            browser.waitForText("Doel");
            browser.driver.findElement(By.cssSelector("#initiative-name input"))
                    .sendKeys(" aan het station" + org.openqa.selenium.Keys.TAB);
            browser.clickButton("Opslaan");
            browser.waitForText("Repair café " + tag + " aan het station");
            browser.screenshot("initiatives");
        }
        assertTrue(Api.get(Demo.STEDEREN_PARTNER, Demo.STEDEREN + "/initiatives/" + id).json().getString("name")
                .endsWith("aan het station"));
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_PARTNER, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.open("/stederen/register/initiatives");
            browser.waitForText("Repair café " + tag);
            assertFalse(browser.bodyText().contains("Toevoegen"), "a partner reads only");
        }
        // and the service refuses the partner's change, whatever the screen offers
        JsonObject stored = Api.get(Demo.STEDEREN_PARTNER, Demo.STEDEREN + "/initiatives/" + id).json();
        Api.Reply refused = Api.put(Demo.STEDEREN_PARTNER, Demo.STEDEREN + "/initiatives/" + id, Api.object()
                .add("name", "Door een partner").add("status", stored.getString("status"))
                .add("version", stored.getJsonNumber("version")).build());
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(Api.get(Demo.STEDEREN_PARTNER, Demo.STEDEREN + "/initiatives/" + id).json().getString("name")
                .endsWith("aan het station"), "nothing changed");
    }

    @Test
    void theWorkspaceSpeaksEnglishWhenChosenAndKeepsTheChoice() {
        String[] m = municipality();
        try (Browser browser = new Browser()) {
            browser.login(m[1], m[2]);
            browser.waitForText("Overzicht");
            browser.driver.findElements(By.tagName("vaadin-select")).stream()
                    .filter(e -> e.getText().contains("Nederlands")).findFirst().orElseThrow().click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                            .anyMatch(i -> i.getText().equals("English")));
            browser.driver.findElements(By.tagName("vaadin-select-item")).stream()
                    .filter(i -> i.getText().equals("English")).findFirst().orElseThrow().click();
            browser.waitForText("Overview");
            for (String[] screen : List.of(new String[] {"/register/neighbourhoods", "Neighbourhoods"},
                    new String[] {"/admin/members", "Invite someone"}, new String[] {"/admin/instruments", "Subscribe"},
                    new String[] {"/admin/audit", "Up to and including"})) {
                browser.open("/" + m[0] + screen[0]);
                browser.waitForText(screen[1]);
            }
            browser.screenshot("members-english");
        }
        try (Browser browser = new Browser()) {
            browser.login(m[1], m[2]);
            browser.waitForText("Overview");
        }
    }
}
