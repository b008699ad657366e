package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The instruments' main flows in headless Chromium, as a coordinator of a demo municipality uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstrumentsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void demoDataIsIn() {
        Demo.awaitInstrumentData();
    }

    @Test
    void aCoordinatorClassifiesAnInitiativeDisagreesAndDownloadsThePortfolio() {
        String name = "Straatcomité " + UUID.randomUUID().toString().substring(0, 6);
        String id = Api.post(Demo.STEDEREN_COORDINATOR, Demo.STEDEREN + "/initiatives", Api.object().add("name", name)
                .add("status", "RUNNING").build()).json().getString("id");
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_COORDINATOR, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.open("/instrument/typology/initiatives");
            browser.waitForText("Zorgwijkoverleg Stederen");
            browser.screenshot("typology");
            browser.clickGridCell(name);
            browser.waitForText("Bewaren en type voorstellen");
            browser.tick("ontmoeting");
            browser.tick("het kleine helpen");
            browser.tick("buren");
            browser.tick("buren of vrijwilligers trekken, professionals ondersteunen indien nodig");
            browser.choose("typology-scale", "geleefde buurt");
            browser.clickButton("Bewaren en type voorstellen");
            browser.waitForText("Voorstel: warm en zorgzaam bureninitiatief");
            browser.screenshot("typology-proposal");
            browser.choose("typology-override-type", "zorgzaam buurtinitiatief");
            browser.driver.findElement(By.cssSelector("#typology-override-reason textarea"))
                    .sendKeys("De buurtwerker trekt mee." + Keys.TAB);
            browser.clickButton("Afwijken met reden");
            browser.waitForText("Typering bewaard.");
            browser.waitForText("De buurtwerker trekt mee.");
            String svg = browser.download("Overzicht als SVG");
            assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
            String csv = browser.download("Portfolio als CSV");
            assertTrue(csv.contains(name + ",,zorgzaam buurtinitiatief,geleefde buurt"), csv);
        }
        JsonObject profile = Api.post(Demo.STEDEREN_COORDINATOR, Demo.STEDEREN
                + "/instruments/typology/operations/profile", "{\"initiativeId\":\"" + id + "\"}").json();
        JsonObject decision = profile.getJsonArray("history").getJsonObject(0);
        assertEquals("WARM_NEIGHBOUR", decision.getString("proposed"));
        assertEquals("CARING_NEIGHBOURHOOD", decision.getString("chosen"));
        assertEquals("De buurtwerker trekt mee.", decision.getString("reason"));
    }
}
