package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator documents in Chromium: a baseline confirmed, a theory of change with two indicators, three
 * measurements, a story with a photo (and the consent of who is on it), then the funder's annual report kept
 * and downloaded as PDF and DOCX.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** Chooses the item with this text in the combo box with this id. */
    private static void pick(Browser browser, String id, String text) {
        browser.type(id, text);
        WebElement item = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.tagName("vaadin-combo-box-item")).stream().filter(e -> e.isDisplayed() && e.getText().contains(text))
                .findFirst().orElse(null));
        item.click();
    }

    /** Types a date into the date picker with this id once it is shown (a section appears after its button's click). */
    private static void day(Browser browser, String id, String date) {
        WebElement input = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("#" + id + " input")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
    }

    @Test
    void aCoordinatorDocumentsAndDownloadsTheFundersReport() throws Exception {
        Municipality m = Municipality.fresh("docui");
        m.subscribe("logbook");
        m.asAdmin("POST", "neighbourhoods", "{\"name\":\"Dorpskern\",\"kind\":\"LIVED\"}");
        Path photo = Files.createTempFile("buren", ".jpg");
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/instrument/logbook/entries");
            browser.waitForText("Documenteren gaat niet over");

            browser.clickButton("Beginsituatie");
            pick(browser, "baseline-neighbourhood", "Dorpskern");
            browser.waitForText("Nog geen beginsituatie voor deze buurt.");
            day(browser, "baseline-date", "01/01/2025");
            browser.fill("baseline-narrative", "Veel alleenwonende ouderen, weinig ontmoetingsplekken.");
            browser.fill("figure-label", "65-plussers");
            browser.fill("figure-value", "21,5");
            browser.fill("figure-source", "Bevolkingsregister");
            day(browser, "figure-date", "01/01/2025");
            browser.clickButton("Cijfer toevoegen");
            browser.waitForText("Bevolkingsregister");
            browser.clickButton("Beginsituatie bewaren");
            browser.waitForText("Beginsituatie bewaard.");
            browser.clickButton("Bevestigen (ligt daarna vast)");
            browser.waitForText("Bevestigd: deze beginsituatie ligt nu vast.");

            browser.clickButton("Veranderingstheorie");
            browser.fill("theory-name", "Zorgzame Dorpskern");
            browser.fill("theory-impact", "Ouderen in de dorpskern voelen zich minder alleen.");
            browser.fill("outcome-text", "Buurtbewoners helpen elkaar.");
            browser.clickButton("Uitkomst toevoegen");
            pick(browser, "indicator-outcome", "Buurtbewoners helpen elkaar.");
            browser.fill("indicator-what", "bewoners op het buurtontbijt");
            browser.fill("indicator-target", "30");
            browser.clickButton("Indicator toevoegen");
            pick(browser, "indicator-outcome", "Buurtbewoners helpen elkaar.");
            browser.fill("indicator-what", "hulpvragen tussen buren");
            browser.clickButton("Indicator toevoegen");
            browser.waitForText("hulpvragen tussen buren");
            browser.clickButton("Veranderingstheorie bewaren");
            browser.waitForText("Bewaard als versie 1.");

            browser.clickButton("Metingen");
            String[][] values = {{"01/02/2026", "12"}, {"01/05/2026", "18"}, {"01/09/2026", "26"}};
            for (String[] v : values) {
                pick(browser, "measurement-indicator", "bewoners op het buurtontbijt");
                day(browser, "measurement-date", v[0]);
                browser.fill("measurement-value", v[1]);
                browser.fill("measurement-source", "telling");
                browser.clickButton("Meting noteren");
                browser.waitForText(v[0]);
            }

            browser.clickButton("Logboek");
            day(browser, "entry-date", "15/03/2026");
            browser.fill("entry-title", "Ontbijt bij Rita");
            browser.fill("entry-text", "Rita nodigde haar overburen uit voor het buurtontbijt.");
            WebElement upload = browser.driver.findElement(By.id("story-upload"));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            browser.driver.executeScript("arguments[0].removeAttribute('hidden'); arguments[0].style.display='block';",
                    input);
            input.sendKeys(photo.toAbsolutePath().toString());
            browser.waitForText("Ontvangen:");
            browser.fill("story-alt", "Drie buren aan de ontbijttafel");
            browser.fill("story-recognisable", "Rita Peeters");
            browser.clickButton("Opslaan");
            browser.waitForText("Zonder toestemming van wie herkenbaar is, wordt de foto niet bewaard.");
            browser.driver.executeScript("arguments[0].click();", browser.driver.findElement(By.id("story-consent")));
            browser.clickButton("Opslaan");
            browser.waitForText("Drie buren aan de ontbijttafel");

            browser.clickButton("Verslagen");
            browser.waitForText("Het jaar in het kort");
            browser.fill("report-text-0", "Een eerste jaar met een buurtontbijt.");
            browser.clickButton("Verslag bewaren");
            browser.waitForText("Verslag bewaard: Jaarverslag voor de subsidiegever.");
            String pdf = browser.download("Download als PDF");
            assertTrue(pdf.startsWith("%PDF"), pdf.substring(0, Math.min(30, pdf.length())));
            String docx = browser.download("Download als DOCX (om te bewerken)");
            assertTrue(docx.startsWith("PK"), "a DOCX is a zip");
            browser.screenshot("documentation-reports");
        } finally {
            Files.deleteIfExists(photo);
        }
        String reportId = m.asAdmin("POST", "instruments/logbook/operations/reports", "{}").array().getJsonObject(0)
                .getString("id");
        String text = DocumentationIT.pdfText(DocumentationIT.download(m.admin(), m.adminPassword(), m.base()
                + "/instruments/logbook/exports/report-pdf?reportId=" + reportId).body());
        for (String expected : java.util.List.of("Een eerste jaar met een buurtontbijt.", "Dorpskern — toestand op 01/01/2025",
                "bewoners op het buurtontbijt", "26 (01/09/2026)", "Ontbijt bij Rita", "Drie buren aan de ontbijttafel")) {
            assertTrue(text.contains(expected), "'" + expected + "' in the report:\n" + text);
        }
    }
}
