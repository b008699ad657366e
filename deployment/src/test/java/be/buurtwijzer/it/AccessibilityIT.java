package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * axe-core (installed from the npm registry by the test script) on every main screen: no serious
 * or critical violation of WCAG 2.1 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final Path AXE = Path.of(System.getProperty("it.axe", "target/axe/node_modules/axe-core/axe.min.js"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(Browser browser, String screen) throws IOException {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException("axe-core is missing at " + AXE + ": run the README's test command, "
                    + "which installs it (npm install --prefix deployment/target/axe axe-core@4.14.1)");
        }
        browser.driver.executeScript(Files.readString(AXE));
        Object result = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']}).then(r => done({passes: r.passes.length, violations:"
                + " r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))}))"
                + ".catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', nodes: String(e)}]}));");
        Map<String, Object> outcome = (Map<String, Object>) result;
        if (((Number) outcome.get("passes")).intValue() == 0) {
            throw new AssertionError(screen + ": axe checked nothing, so the scan proves nothing");
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) outcome.get("violations")) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(screen + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("nodes"));
            }
        }
        return serious;
    }

    @Test
    void theMainScreensHaveNoSeriousOrCriticalViolations() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.open("/login");
            browser.waitForText("Aanmelden");
            violations.addAll(seriousViolations(browser, "login"));
            browser.login(Demo.STEDEREN_ADMIN, Api.PASSWORD);
            browser.waitForText("Overzicht");
            violations.addAll(seriousViolations(browser, "home"));
            for (String[] screen : List.of(new String[] {"/register/neighbourhoods", "Buurten"},
                    new String[] {"/instrument/logbook/entries", "cijfer"},
                    new String[] {"/instrument/typology/initiatives", "Waarschuwingen"},
                    new String[] {"/instrument/spiderweb/webs", "Momentopnames"},
                    new String[] {"/instrument/activity-packages/plans", "Maria blijft thuis wonen"},
                    new String[] {"/admin/instruments", "Instrumenten beheren"},
                    new String[] {"/register/actors", "Actoren"},
                    new String[] {"/register/initiatives", "Burenhulp Oude Vest"},
                    new String[] {"/admin/members", "Iemand uitnodigen"},
                    new String[] {"/admin/settings", "Standaardtaal"},
                    new String[] {"/admin/audit", "Wijzigingen"},
                    new String[] {"/admin/personal-data", "Naam zoals de gemeente die schrijft"},
                    new String[] {"/admin/processing-register", "taak van algemeen belang (e)"},
                    new String[] {"/instrument/volunteers/policy", "Organisatienota"},
                    new String[] {"/not-allowed", "Geen toegang"})) {
                browser.open(screen[0]);
                browser.waitForText(screen[1]);
                violations.addAll(seriousViolations(browser, screen[0]));
                violations.addAll(browser.cspViolations());
            }
            // the volunteer page's sections are shown one at a time: each is scanned shown
            browser.open("/instrument/volunteers/policy");
            browser.waitForText("Organisatienota");
            for (String[] section : List.of(new String[] {"Vrijwilligers", "Jef Van Rompaey"},
                    new String[] {"Vergoedingen", "Nominatieve lijst"},
                    new String[] {"Taken en verzekering", "Inzetmomenten per taak registreren"},
                    new String[] {"Bereik", "Vrijwilligers tegenover de buurt"})) {
                browser.clickButton(section[0]);
                browser.waitForText(section[1]);
                violations.addAll(seriousViolations(browser, "volunteers: " + section[0]));
            }
            // and so are the documentation page's
            browser.open("/instrument/logbook/entries");
            browser.waitForText("Documenteren gaat niet over");
            for (String[] section : List.of(new String[] {"Beginsituatie", "Leg de buurt vast"},
                    new String[] {"Veranderingstheorie", "Tussentijdse uitkomsten"},
                    new String[] {"Metingen", "bewoners op de maandelijkse buurtsoep"},
                    new String[] {"Verslagen", "Bewaarde verslagen"},
                    new String[] {"Logboek", "Een nieuwe buur aan de soep"})) {
                browser.clickButton(section[0]);
                browser.waitForText(section[1]);
                violations.addAll(seriousViolations(browser, "documentation: " + section[0]));
            }
        }
        try (Browser browser = new Browser()) {
            browser.login(Demo.PLATFORM_ADMIN, Api.PASSWORD);
            browser.waitForText("Releases beoordelen"); // in the navigation: the log-in has completed
            for (String[] screen : List.of(new String[] {"/platform/plugins", "Plugins en hun gezondheid"},
                    new String[] {"/platform/municipalities", "Nieuwe gemeente"},
                    new String[] {"/platform/releases", "Releases beoordelen"},
                    new String[] {"/platform/organisations", "Nieuwe steunorganisatie"},
                    new String[] {"/platform/plugin-settings", "Wettelijke plafonds"})) {
                browser.open(screen[0]);
                browser.waitForText(screen[1]);
                violations.addAll(seriousViolations(browser, screen[0]));
                violations.addAll(browser.cspViolations());
            }
        }
        try (Browser browser = new Browser()) {
            browser.login(Demo.PUBLISHER, Api.PASSWORD);
            browser.waitForText("Mijn releases");
            browser.open("/publisher/releases");
            browser.waitForText("Nieuwe release indienen");
            violations.addAll(seriousViolations(browser, "/publisher/releases"));
            browser.open("/publisher/keys");
            browser.waitForText("Sleutel registreren");
            violations.addAll(seriousViolations(browser, "/publisher/keys"));
            violations.addAll(browser.cspViolations());
        }
        assertEquals(List.of(), violations);
    }
}
