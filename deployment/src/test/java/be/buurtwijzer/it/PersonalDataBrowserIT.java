package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A municipality's administrator answers a data-subject request in Chromium: finds the person, downloads the
 * overview, erases them after confirming; and reads the processing register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorFindsDownloadsAndErasesAPersonInTheWorkspace() {
        PersonalDataIT.Person person = PersonalDataIT.Person.unique();
        Municipality m = PersonalDataIT.withPerson("dsrui", person);
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/admin/personal-data");
            browser.waitForText("Persoonsgegevens");
            browser.fill("privacy-name", person.name());
            browser.fill("privacy-email", person.email());
            browser.clickButton("Zoeken");
            browser.waitForText("Actor in het register: " + person.name());
            browser.waitForText("Contactpersoon van Buurtcomité");
            browser.waitForText("Documenteren: 1 document over deze persoon");
            browser.waitForText("Activiteitenpakketten: houdt geen persoonsgegevens bij");
            String json = browser.download("Overzicht downloaden (JSON)");
            assertTrue(json.contains(person.email()) && json.contains("Kent iedereen in de straat"), json);
            browser.clickButton("Alles wissen");
            browser.waitForText("Dit kan niet ongedaan worden gemaakt");
            browser.clickButton("Bevestigen");
            browser.waitForText("Geanonimiseerde actoren: 1");

            browser.open("/" + m.slug() + "/admin/processing-register");
            browser.waitForText("taak van algemeen belang (e)");
            browser.waitForText("zolang het instrument gebruikt wordt");
        }
        JsonObject after = m.asAdmin("POST", "personal-data/search", person.query()).json();
        assertEquals(0, after.getJsonArray("actors").size(), after.toString());
    }
}
