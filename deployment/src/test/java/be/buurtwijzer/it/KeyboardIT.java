package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard only (WCAG 2.1.1, 2.4.3): the focus order follows the page (bar, navigation, content), every stop has a
 * name, and a register entry can be created without a mouse.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardIT {

    /** The focused component: its tag and accessible name (label, aria-label or text). */
    private static final String FOCUSED = "let e = document.activeElement;"
            + "const control = /^(A|VAADIN-(BUTTON|SIDE-NAV-ITEM|GRID|DRAWER-TOGGLE|TEXT-FIELD|TEXT-AREA|SELECT"
            + "|EMAIL-FIELD|PASSWORD-FIELD|COMBO-BOX|CHECKBOX|UPLOAD|TAB|DETAILS))$/;"
            + "while (e && !control.test(e.tagName) && e.parentElement) e = e.parentElement;"
            + "if (!e || e === document.body) return 'BODY|';"
            + "const name = e.getAttribute('aria-label') || e.label || e.accessibleName || e.textContent;"
            + "return e.tagName.toLowerCase() + '|' + (name || '').trim().replace(/\\s+/g, ' ').slice(0, 60);";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String focused(Browser browser) {
        return String.valueOf(browser.driver.executeScript(FOCUSED));
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    @Test
    void theWorkspaceCanBeUsedWithTheKeyboardInAReadingOrder() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.STEDEREN_COORDINATOR, Api.PASSWORD);
            browser.waitForText("Overzicht");
            browser.open("/stederen" + "/register/neighbourhoods");
            browser.waitForText("Buurten");

            List<String> stops = new ArrayList<>();
            for (int i = 0; i < 40 && !focused(browser).equals("vaadin-button|Toevoegen"); i++) {
                press(browser, Keys.TAB);
                stops.add(focused(browser));
            }
            browser.screenshot("keyboard-focus-add");
            int logout = stops.indexOf("vaadin-button|Afmelden");
            int firstNavigationItem = stops.indexOf("vaadin-side-nav-item|Start");
            int filter = stops.indexOf("vaadin-text-field|Zoeken op naam");
            int add = stops.indexOf("vaadin-button|Toevoegen");
            assertTrue(logout >= 0 && firstNavigationItem >= 0 && filter >= 0 && add >= 0,
                    "every part of the page is reachable by TAB: " + stops);
            assertTrue(logout < firstNavigationItem && firstNavigationItem < filter && filter < add,
                    "focus order follows the page: " + stops);
            assertEquals(stops.size(), stops.stream().distinct().count(), "no stop is visited twice: " + stops);
            assertFalse(stops.stream().anyMatch(s -> s.endsWith("|")), "every stop has a name: " + stops);

            press(browser, Keys.ENTER);
            browser.waitForText("Opslaan");
            assertEquals("vaadin-text-field|Naam", focused(browser), "the opened form puts the focus on its first field");
            String name = "Toetsenbordwijk " + System.nanoTime();
            press(browser, name);
            List<String> formStops = new ArrayList<>();
            for (int i = 0; i < 8 && !focused(browser).equals("vaadin-button|Opslaan"); i++) {
                press(browser, Keys.TAB);
                formStops.add(focused(browser));
                if (focused(browser).equals("vaadin-select|Soort")) {
                    // nothing is chosen for the person: open the list with the arrow key and take the first
                    press(browser, Keys.ARROW_DOWN);
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                            .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("vaadin-select[opened]"))
                                    .isEmpty());
                    press(browser, Keys.ENTER);
                }
            }
            assertEquals("vaadin-button|Opslaan", focused(browser), "Save is reachable from the form: " + formStops);
            int kind = formStops.indexOf("vaadin-select|Soort");
            int description = formStops.indexOf("vaadin-text-area|Beschrijving");
            assertTrue(kind >= 0 && description >= 0, "every field of the form is reached by TAB: " + formStops);
            assertTrue(kind < description, "the form's fields are visited top to bottom: " + formStops);
            press(browser, Keys.ENTER);
            browser.waitForText(name);
            assertTrue(Api.okBody(Api.get(Demo.STEDEREN_COORDINATOR, Demo.STEDEREN + "/neighbourhoods?q="
                    + name.replace(" ", "%20"))).contains(name), "the entry made with the keyboard is stored");
        }
    }
}
