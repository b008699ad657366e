package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The municipality is part of every workspace address ({@code /stederen/register/actors}): bookmarks
 * and shared links open that page in that municipality, two tabs keep a municipality each, and an
 * address of a municipality the person is no member of shows nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceUrlBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6);

    /** Two municipalities with an actor each, and a person who is a member of both. */
    private record Two(Municipality a, Municipality b, String email, String password, String actorA, String actorB) {
        static Two members() {
            Municipality a = Municipality.fresh("url-a");
            Municipality b = Municipality.fresh("url-b");
            String actorA = "Actor van A " + TAG;
            String actorB = "Actor van B " + TAG;
            assertEquals(201, a.asAdmin("POST", "actors", actor(actorA)).status());
            assertEquals(201, b.asAdmin("POST", "actors", actor(actorB)).status());
            String email = "twee-" + UUID.randomUUID().toString().substring(0, 8) + "@url.example";
            String password = a.member(email, "COORDINATOR");
            Api.Reply invited = b.asAdmin("POST", "invitations", object().add("email", email)
                    .add("role", "COORDINATOR").build());
            assertEquals(201, invited.status(), invited.toString());
            assertEquals(200, Api.send(email, password, "POST", "/api/v1/invitations/" + invited.json()
                    .getString("token") + "/accept", null).status());
            return new Two(a, b, email, password, actorA, actorB);
        }
    }

    private static String actor(String name) {
        return object().add("name", name).add("kind", "ASSOCIATION").add("sector", "WELFARE").build().toString();
    }

    private static void waitForUrl(Browser browser, String path) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(Api.BASE + path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not at " + path + " but at " + browser.driver.getCurrentUrl() + ": "
                    + browser.bodyText(), e);
        }
    }

    /** Fills in the log-in form the browser shows now (wherever it was asked for). */
    private static void logInHere(Browser browser, String email, String password) {
        var user = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(email);
        browser.driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
    }

    @Test
    void aBookmarkWithAMunicipalityOpensThatPageAfterTheLogIn() {
        Two two = Two.members();
        try (Browser browser = new Browser()) {
            // the second municipality, which is not the first of the person's memberships
            String page = "/" + two.b().slug() + "/register/actors";
            browser.open(page);
            logInHere(browser, two.email(), two.password());
            browser.waitForText(two.actorB());
            waitForUrl(browser, page);
            assertFalse(browser.bodyText().contains(two.actorA()), "nothing of the other municipality");
        }
    }

    @Test
    void twoTabsOnTwoMunicipalitiesEachKeepTheirOwn() {
        Two two = Two.members();
        try (Browser browser = new Browser()) {
            browser.login(two.email(), two.password());
            browser.waitForText("Overzicht");
            browser.open("/" + two.a().slug() + "/register/actors");
            browser.waitForText(two.actorA());
            String tabA = browser.driver.getWindowHandle();
            // a second tab of the same browser (the same session cookie) on the other municipality
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.open("/" + two.b().slug() + "/register/actors");
            browser.waitForText(two.actorB());
            assertFalse(browser.bodyText().contains(two.actorA()), "A's actor under /B");
            String tabB = browser.driver.getWindowHandle();

            // back in the first tab, which the second one did not move: what is added lands in A
            browser.driver.switchTo().window(tabA);
            String added = "Toegevoegd in A " + TAG;
            browser.clickButton("Toevoegen");
            browser.waitForText("Contactpersoon");
            browser.fill("actor-name", added);
            browser.choose("actor-kind", "Andere");
            browser.choose("actor-sector", "Zorg");
            browser.clickButton("Opslaan");
            browser.waitForText(added);
            assertFalse(browser.bodyText().contains(two.actorB()), "B's actor under /A");
            assertEquals(1, two.a().asAdmin("GET", "actors?q=" + added.replace(" ", "%20"), null).json().getInt("total"),
                    "saved in A");
            assertEquals(0, two.b().asAdmin("GET", "actors?q=" + added.replace(" ", "%20"), null).json().getInt("total"),
                    "not in B");

            // the menu of each tab goes to pages of its own municipality
            browser.driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
                    .filter(i -> i.getText().equals("Initiatieven")).findFirst().orElseThrow().click();
            waitForUrl(browser, "/" + two.a().slug() + "/register/initiatives");
            browser.driver.switchTo().window(tabB);
            browser.driver.navigate().refresh();
            browser.waitForText(two.actorB());
            waitForUrl(browser, "/" + two.b().slug() + "/register/actors");
            assertFalse(browser.bodyText().contains(added), "A's new actor under /B");
            browser.driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
                    .filter(i -> i.getText().equals("Start")).findFirst().orElseThrow().click();
            waitForUrl(browser, "/" + two.b().slug());

            // the switch goes to the other municipality's own address
            browser.choose("municipality", "Gemeente " + two.a().slug());
            waitForUrl(browser, "/" + two.a().slug());
            browser.waitForText("Overzicht");
        }
    }

    @Test
    void aMunicipalityOfWhichOneIsNoMemberShowsNothingOfItAndLooksLikeOneThatDoesNotExist() {
        Two two = Two.members();
        Municipality other = Municipality.fresh("url-c");
        String secret = "Geheim van C " + TAG;
        assertEquals(201, other.asAdmin("POST", "actors", actor(secret)).status());
        try (Browser browser = new Browser()) {
            browser.login(two.email(), two.password());
            browser.waitForText("Overzicht");
            browser.open("/" + other.slug() + "/register/actors");
            browser.waitForText("Geen toegang");
            String notMember = browser.bodyText();
            assertFalse(notMember.contains(secret), notMember);
            assertFalse(notMember.contains(other.slug()), "not even its name: " + notMember);
            browser.open("/bestaat-niet-" + TAG + "/register/actors");
            browser.waitForText("Geen toegang");
            assertEquals(notMember, browser.bodyText(), "the same answer whether it exists or not");
            browser.open("/" + other.slug());
            browser.waitForText("Geen toegang");
            assertFalse(browser.bodyText().contains(other.slug()), browser.bodyText());

            // a membership taken away since: its pages no longer open, and show nothing of it
            browser.open("/" + two.b().slug() + "/register/actors");
            browser.waitForText(two.actorB());
            assertEquals(204, two.b().asAdmin("DELETE", "members/" + two.b().memberNamed(two.email()).getString("userId"),
                    null).status());
            browser.open("/" + two.b().slug() + "/register/actors");
            browser.waitForText("Geen toegang");
            assertFalse(browser.bodyText().contains(two.actorB()), browser.bodyText());
            // and A still opens, with A's data only
            browser.open("/" + two.a().slug() + "/register/actors");
            browser.waitForText(two.actorA());
            assertFalse(browser.bodyText().contains(two.actorB()), browser.bodyText());
        }
    }

    @Test
    void anOldAddressWithoutMunicipalityLeadsToTheSamePageInTheLastOneOpened() {
        Two two = Two.members();
        try (Browser browser = new Browser()) {
            browser.login(two.email(), two.password());
            browser.waitForText("Overzicht");
            browser.open("/" + two.b().slug() + "/register/neighbourhoods");
            browser.waitForText("Buurten");
            browser.open("/register/actors");
            waitForUrl(browser, "/" + two.b().slug() + "/register/actors");
            browser.waitForText(two.actorB());
            browser.open("/admin/members");
            waitForUrl(browser, "/" + two.b().slug() + "/admin/members");
            browser.open("/");
            waitForUrl(browser, "/" + two.b().slug());
            browser.waitForText("Overzicht");
        }
    }

    @Test
    void aMunicipalityCannotBeNamedLikeAnAddressOfTheServer() {
        for (String word : new String[] {"login", "platform", "api", "register", "not-allowed"}) {
            Api.Reply refused = post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", word)
                    .add("name", "Gemeente " + word).add("defaultLocale", "nl-BE").build());
            assertEquals(400, refused.status(), word + ": " + refused);
            assertTrue(refused.body().contains("own addresses"), refused.body());
        }
    }
}
