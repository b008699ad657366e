package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
 * The volunteer policy in Chromium, as a municipality's administrator: the policy written and approved, a
 * volunteer registered, allowances booked until the rules warn and then refuse, the organisation note and the
 * yearly list downloaded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteersBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorWritesApprovesRegistersBooksAndDownloads() {
        Municipality m = Municipality.fresh("volui");
        m.subscribe("volunteers");
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.open("/" + m.slug() + "/instrument/volunteers/policy");
            browser.waitForText("17 vragen staan nog open");
            for (WebElement area : browser.driver.findElements(By.cssSelector("vaadin-text-area[id^='policy-'] textarea"))) {
                area.sendKeys("Zo spreken we het af.", Keys.TAB);
            }
            browser.clickButton("Beleid bewaren");
            browser.waitForText("alle vragen zijn beantwoord");
            browser.clickButton("Deze versie goedkeuren");
            browser.waitForText("Goedgekeurd: deze versie ligt nu vast.");
            String note = browser.download("Organisatienota (PDF)");
            assertTrue(note.startsWith("%PDF"), note.substring(0, Math.min(20, note.length())));

            browser.clickButton("Vrijwilligers");
            browser.fill("volunteer-name", "An Peeters");
            browser.type("volunteer-start", "06/01/2025");
            browser.type("volunteer-start", Keys.ENTER);
            browser.clickButton("Vrijwilliger bewaren");
            browser.waitForText("Bewaard: An Peeters");

            browser.clickButton("Vergoedingen");
            browser.type("allowance-year", Keys.chord(Keys.CONTROL, "a"));
            browser.fill("allowance-year", "2025");
            browser.type("allowance-volunteer", "An Pee");
            WebElement item = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                    By.tagName("vaadin-combo-box-item")).stream().filter(e -> e.isDisplayed()
                    && e.getText().contains("An Peeters")).findFirst().orElse(null));
            item.click();
            java.time.LocalDate day = java.time.LocalDate.parse("2025-01-06");
            for (int i = 0; i < 41; i++) {
                WebElement date = browser.driver.findElement(By.cssSelector("#allowance-date input"));
                date.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.format("%02d/%02d/%d", day.getDayOfMonth(),
                        day.getMonthValue(), day.getYear()), Keys.ENTER);
                browser.fill("allowance-amount", "42,31");
                String before = browser.driver.findElement(By.id("allowance-result")).getText();
                browser.clickButton("Vergoeding boeken");
                int booked = i;
                try {
                    // every answer differs from the one before it (the room left shrinks)
                    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
                        String text = d.findElement(By.id("allowance-result")).getText();
                        return !text.equals(before) && (booked < 36 ? text.startsWith("Geboekt")
                                : text.contains("jaarplafond"));
                    });
                } catch (org.openqa.selenium.TimeoutException e) {
                    browser.screenshot("volunteers-booking-" + i);
                    throw new AssertionError("booking " + (i + 1) + " did not answer as expected; the page says: "
                            + browser.bodyText(), e);
                }
                day = day.plusDays(1);
            }
            browser.waitForText("Dit overschrijdt het jaarplafond");
            String list = browser.download("Nominatieve lijst 2025 (CSV)");
            assertTrue(list.contains("An Peeters;06/01/2025;forfaitaire onkostenvergoeding;42,31"), list);

            browser.clickButton("Bereik");
            browser.waitForText("Nog geen buurt beschreven");
            browser.fill("residents-under-25", "150");
            browser.fill("profile-source", "Bevolkingsregister");
            browser.clickButton("Bewoners bewaren");
            browser.waitForText("Kies een buurt.");
            assertTrue(browser.bodyText().contains("Nog geen buurt beschreven"), "nothing saved");
        }
    }
}
