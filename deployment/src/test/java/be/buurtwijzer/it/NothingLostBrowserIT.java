package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What people type survives leaving the page; new is visibly new; and what cannot be undone with
 * one click asks first, saying what will happen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NothingLostBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String value(Browser browser, String fieldId) {
        return String.valueOf(browser.driver.executeScript("return document.querySelector('#" + fieldId + "').value;"));
    }

    private static void clickNavigation(Browser browser, String label) {
        WebElement item = browser.driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .filter(i -> i.getText().trim().equals(label)).findFirst().orElseThrow();
        browser.driver.executeScript("arguments[0].shadowRoot.querySelector('a').click();", item);
    }

    @Test
    void aHalfFilledPlanIsKeptAsADraftAndANewPlanIsVisiblyNew() {
        Municipality m = Municipality.fresh("draft");
        m.subscribe("activity-packages");
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/instrument/activity-packages/plans");
            browser.waitForText("Stap 1 van 6");
            browser.type("packages-challenge", "Eenzaamheid in de Leefhoek" + Keys.TAB);
            browser.type("packages-new-activity", "Buurtsoep" + Keys.ENTER);
            browser.waitForText("Buurtsoep");
            assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.__bwDirty === true;"),
                    "leaving now makes the browser ask");
            browser.driver.navigate().refresh();
            browser.waitForText("Er is een niet-bewaard concept van");
            assertEquals("", value(browser, "packages-challenge"), "the draft is offered, not forced");
            browser.clickButton("Verder met het concept");
            browser.waitForText("Buurtsoep");
            assertEquals("Eenzaamheid in de Leefhoek", value(browser, "packages-challenge"));
            browser.clickButton("Planning bewaren");
            browser.waitForText("Planning bewaard.");
            browser.driver.navigate().refresh();
            browser.waitForText("Stap 1 van 6");
            browser.waitForText("Buurtsoep");
            assertEquals(Boolean.FALSE, browser.driver.executeScript("return Object.keys(localStorage)"
                    + ".some(k => k.startsWith('bw-draft|'));"), "a saved plan leaves no draft behind");

            browser.clickButton("Nieuwe planning");
            browser.waitForText("Nieuwe planning (nog niet bewaard)");
            assertEquals("", value(browser, "packages-challenge"));
            assertTrue(String.valueOf(browser.driver.executeScript("return document.querySelector('#packages-plan')"
                    + ".value;")).isEmpty(), "the selector no longer shows the old plan");
            assertFalse(String.valueOf(browser.driver.executeScript("return document.querySelector('#packages-plan')"
                    + ".innerText;")).contains("Leefhoek"), "no old title in sight");
        }
    }

    @Test
    void anActorTypedButNotSavedComesBackAfterAReloadAndSavingClearsTheDraft() {
        Municipality m = Municipality.fresh("draft-actor");
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/register/actors");
            browser.waitForText("Actoren");
            browser.clickButton("Toevoegen");
            browser.fill("actor-name", "Buurtwerk De Linde");
            browser.choose("actor-kind", "Organisatie");
            assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.__bwDirty === true;"),
                    "leaving now makes the browser ask");
            browser.driver.navigate().refresh();
            browser.waitForText("Actoren");
            browser.clickButton("Toevoegen");
            browser.waitForText("Er is een niet-bewaard concept van");
            assertEquals("", value(browser, "actor-name"), "the draft is offered, not forced");
            browser.clickButton("Verder met het concept");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> "Buurtwerk De Linde".equals(value(browser, "actor-name")));
            browser.choose("actor-sector", "Welzijn");
            browser.clickButton("Opslaan");
            browser.waitForText("Buurtwerk De Linde");
            assertEquals(Boolean.FALSE, browser.driver.executeScript("return Object.keys(localStorage)"
                    + ".some(k => k.startsWith('bw-draft|'));"), "a saved actor leaves no draft behind");
        }
        var saved = m.asAdmin("GET", "actors", null).json().getJsonArray("items").getJsonObject(0);
        assertEquals("ORGANISATION", saved.getString("kind"), "the kind chosen before the reload was kept");
    }

    @Test
    void leavingASpiderWebWithUnsavedChangesAsksFirst() {
        Municipality m = Municipality.fresh("leave");
        m.subscribe("spiderweb");
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/instrument/spiderweb/webs");
            browser.waitForText("Stimulerende en remmende factoren");
            browser.type("spiderweb-name", "Samen sterk" + Keys.TAB);
            browser.waitForText("Nieuw spinnenweb (nog niet bewaard)");
            // the change has reached the server once its draft is in the browser's storage
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                    d -> Boolean.TRUE.equals(browser.driver.executeScript("return Object.keys(localStorage)"
                            + ".some(k => k.startsWith('bw-draft|'));")));
            clickNavigation(browser, "Buurten");
            browser.waitForText("Niet bewaarde wijzigingen");
            browser.clickButton("Blijven");
            assertEquals("Samen sterk", value(browser, "spiderweb-name"), "staying keeps what was typed");
            clickNavigation(browser, "Buurten");
            browser.waitForText("Niet bewaarde wijzigingen");
            browser.clickButton("Pagina verlaten");
            // the next view's text can be on the page a moment before the address changes: wait for the address
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                    d -> d.getCurrentUrl().endsWith("/" + m.slug() + "/register/neighbourhoods"));
            browser.waitForText("Toevoegen");
            browser.open("/" + m.slug() + "/instrument/spiderweb/webs");
            browser.waitForText("Er is een niet-bewaard concept van");
            browser.clickButton("Verder met het concept");
            // a click is answered by the server a moment later
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                    d -> "Samen sterk".equals(value(browser, "spiderweb-name")));
        }
    }

    @Test
    void unsubscribingAndRemovingAMemberAskFirstAndSayWhatHappens() {
        Municipality m = Municipality.fresh("confirm");
        m.subscribe("typology");
        String member = "lid-" + m.slug() + "@example.org";
        m.member(member, "PARTNER");
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/admin/instruments");
            browser.waitForText("Instrumenten beheren");
            browser.driver.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> String.valueOf(b.getAttribute("aria-label")).startsWith("Opzeggen: ")).findFirst()
                    .orElseThrow().click();
            browser.waitForText("verdwijnt voor iedereen in deze gemeente");
            browser.clickButton("Annuleren");
            assertTrue(m.subscription("typology").getBoolean("subscribed"), "cancelled: still subscribed");

            browser.open("/" + m.slug() + "/admin/members");
            browser.waitForText("Iemand uitnodigen");
            browser.driver.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> String.valueOf(b.getAttribute("aria-label")).startsWith("Verwijderen: ")).findFirst()
                    .orElseThrow().click();
            browser.waitForText("uit deze gemeente? De persoon verliest meteen de toegang");
            browser.clickButton("Annuleren");
            assertTrue(m.asAdmin("GET", "members", null).body().contains(member), "cancelled: still a member");
        }
    }
}
