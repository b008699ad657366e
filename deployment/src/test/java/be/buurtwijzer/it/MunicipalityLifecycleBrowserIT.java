package be.buurtwijzer.it;

import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform administrator in Chromium: exports a municipality, schedules its deletion (closed at once),
 * restores it, and imports its archive as a new municipality through the upload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MunicipalityLifecycleBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static void clickLabelled(Browser browser, String label) {
        WebElement button = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("vaadin-button[aria-label='" + label + "']")).stream().findFirst().orElse(null));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    @Test
    void aMunicipalityIsExportedClosedRestoredAndImportedInTheWorkspace() throws Exception {
        Municipality m = Municipality.fresh("lifeui");
        String name = "Gemeente " + m.slug();
        m.asAdmin("POST", "actors", "{\"name\":\"Buurthuis\",\"kind\":\"ASSOCIATION\",\"sector\":\"WELFARE\"}");
        String copy = "kopie-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.login(PLATFORM_ADMIN, Api.PASSWORD);
            browser.waitForText("Releases beoordelen"); // in the navigation: the log-in has completed
            browser.open("/platform/municipalities");
            browser.waitForText(m.slug());

            Object size = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.querySelector(\"a[aria-label='Exporteren: " + name + "']\").href)"
                    + ".then(r => r.arrayBuffer()).then(b => done(b.byteLength)).catch(e => done(-1));");
            assertTrue(((Number) size).longValue() > 500, "the archive downloads: " + size);

            clickLabelled(browser, "Verwijderen…: " + name);
            browser.waitForText("wordt meteen gesloten");
            browser.clickButton("Bevestigen");
            browser.waitForText("Gesloten, verdwijnt op");
            assertEquals(403, m.asAdmin("GET", "actors", null).status(), "closed at once");

            clickLabelled(browser, "Herstellen: " + name);
            browser.waitForText(name + " is hersteld.");
            assertEquals(200, m.asAdmin("GET", "actors", null).status());

            Path zip = Files.createTempFile("gemeente", ".zip");
            Files.write(zip, Archives.export(m.slug()).body());
            WebElement upload = browser.driver.findElement(By.id("archive-upload"));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            browser.driver.executeScript("arguments[0].removeAttribute('hidden'); arguments[0].style.display='block';",
                    input);
            input.sendKeys(zip.toAbsolutePath().toString());
            browser.waitForText("Ontvangen:");
            browser.fill("import-slug", copy);
            browser.clickButton("Importeren");
            browser.waitForText("Geïmporteerd: " + name);
            Files.delete(zip);
        }
        Api.Reply imported = Api.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + copy);
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(name, imported.json().getString("name"), "the archive's name, under the new slug");
    }
}
