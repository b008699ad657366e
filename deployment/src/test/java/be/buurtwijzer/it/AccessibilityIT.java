package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every main screen, for every role, on a laptop (1280 px) and a phone (390 px), in Dutch and in
 * English: axe-core (installed from the npm registry by the test script) with the WCAG 2.1 A/AA and
 * best-practice rules finds nothing serious or critical; the Dutch screens carry no English words
 * and no raw enum names; and on the phone nothing sticks out of the window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final Path AXE = Path.of(System.getProperty("it.axe", "target/axe/node_modules/axe-core/axe.min.js"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** Words of Vaadin's or our own English that once reached the Dutch screens. */
    private static final List<String> ENGLISH = List.of("Upload", "Drop file", "Toggle navigation", "Show password",
            "Hide password", "Cancel", "Submit", "Save", "Delete", "Remove", "Search", "Today", "Loading", "Links",
            "drivers", "Slug", "slug", "Plugin", "Sign in", "Log out", "Password", "Clear", "Next", "Previous",
            "Close", "Settings", "Error", "Unknown", "Retry", "must be", "must not", "Overview", "Members", "Entry",
            "Measurement", "Baseline", "Snapshot", "Report", "Volunteer");

    /** Names as the code spells them: two or more capitals joined by an underscore, or a known state. */
    private static final Pattern RAW = Pattern.compile("\\b([A-Z]{2,}(?:_[A-Z]+)+|WITHDRAWN|STARTED|SUBMITTED|APPROVED|"
            + "REJECTED|DEPRECATED|REFUSED|STOPPED|CREATE|UPDATE|DELETE|EXPORT|ERASE|ACTIVE|SUSPENDED|COORDINATOR|"
            + "PARTNER|IDEA|RUNNING)\\b");

    /** A field name as the code spells it ("actorIds", "neighbourhoodId"): a lower-case word with a capital inside. */
    private static final Pattern CAMEL = Pattern.compile("(?<![\\p{L}\\d@._/-])[a-z]+[A-Z][A-Za-z]*(?![\\p{L}\\d@._/-])");

    /** A municipality's screens; {m} is its slug, the first segment of each of its addresses. */
    private static final String[][] MEMBER_SCREENS = {{"/{m}", "Wat nu?"}, {"/{m}/register/neighbourhoods", "Buurten"},
            {"/{m}/instrument/logbook/entries", "cijfer"}, {"/{m}/instrument/typology/initiatives", "Waarschuwingen"},
            {"/{m}/instrument/spiderweb/webs", "Momentopnames"},
            {"/{m}/instrument/activity-packages/plans", "Maria blijft thuis wonen"},
            {"/{m}/admin/instruments", "Instrumenten beheren"}, {"/{m}/register/actors", "Actoren"},
            {"/{m}/register/initiatives", "Burenhulp Oude Vest"}, {"/{m}/admin/members", "Iemand uitnodigen"},
            {"/{m}/admin/settings", "Standaardtaal"}, {"/{m}/admin/audit", "Tot en met"},
            {"/{m}/admin/personal-data", "Naam zoals de gemeente die schrijft"},
            {"/{m}/admin/processing-register", "taak van algemeen belang (e)"},
            {"/{m}/instrument/volunteers/policy", "Organisatienota"}, {"/not-allowed", "Geen toegang"}};

    private static final String[][] PLATFORM_SCREENS = {{"/platform/plugins", "Plugins en hun gezondheid"},
            {"/platform/municipalities", "Nieuwe gemeente"}, {"/platform/releases", "Releases beoordelen"},
            {"/platform/organisations", "Nieuwe steunorganisatie"},
            {"/platform/plugin-settings", "Wettelijke plafonds"}};

    private static final String[][] PUBLISHER_SCREENS = {{"/publisher/releases", "Nieuwe release indienen"},
            {"/publisher/keys", "Sleutel registreren"}};

    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(Browser browser, String screen) throws IOException {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException("axe-core is missing at " + AXE + ": run the README's test command, "
                    + "which installs it (npm install --prefix deployment/target/axe axe-core@4.14.1)");
        }
        browser.driver.executeScript(Files.readString(AXE));
        Object result = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'best-practice']}, resultTypes: ['violations']}).then(r => done({passes: r.passes.length, violations:"
                + " r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))}))"
                + ".catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', nodes: String(e)}]}));");
        Map<String, Object> outcome = (Map<String, Object>) result;
        if (((Number) outcome.get("passes")).intValue() == 0) {
            throw new AssertionError(screen + ": axe checked nothing, so the scan proves nothing");
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) outcome.get("violations")) {
            String finding = screen + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("nodes");
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(finding);
            } else {
                System.out.println("axe, not failing: " + finding);
            }
        }
        return serious;
    }

    /** English words and raw names in the page's text and in the labels a screen reader reads. */
    static List<String> notDutch(Browser browser, String screen) {
        String labels = String.valueOf(browser.driver.executeScript("const out = [];"
                + "function walk(root) { root.querySelectorAll('*').forEach(e => {"
                + " for (const a of ['aria-label', 'placeholder', 'title']) { const v = e.getAttribute(a);"
                + " if (v) out.push(v); }"
                + " if (e.shadowRoot) walk(e.shadowRoot); }); }"
                + "walk(document); return out.join(' | ');"));
        String text = browser.bodyText() + " | " + labels;
        List<String> found = new ArrayList<>();
        for (String word : ENGLISH) {
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find()) {
                found.add(screen + ": '" + word + "' in " + around(text, word));
            }
        }
        Matcher raw = RAW.matcher(text);
        while (raw.find()) {
            found.add(screen + ": raw name '" + raw.group() + "' in " + around(text, raw.group()));
        }
        Matcher camel = CAMEL.matcher(text);
        while (camel.find()) {
            found.add(screen + ": field name '" + camel.group() + "' in " + around(text, camel.group()));
        }
        return found;
    }

    private static String around(String text, String word) {
        int at = text.indexOf(word);
        return "…" + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + word.length() + 40)) + "…";
    }

    /** What sticks out of a 390 px window (a grid scrolls within itself and is left out). */
    @SuppressWarnings("unchecked")
    static List<String> offScreen(Browser browser, String screen) {
        Object found = browser.driver.executeScript("const w = document.documentElement.clientWidth; const out = [];"
                + "if (document.documentElement.scrollWidth > w + 1) out.push('the page scrolls sideways ('"
                + " + document.documentElement.scrollWidth + ' px)');"
                + "document.querySelectorAll('vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-select,"
                + " vaadin-combo-box, vaadin-date-picker, vaadin-checkbox, vaadin-menu-bar, vaadin-upload, a, h1, h2,"
                + " vaadin-integer-field, vaadin-number-field, vaadin-password-field, vaadin-email-field').forEach(e => {"
                + " if (e.closest('vaadin-grid') || !e.checkVisibility()) return;"
                + " const r = e.getBoundingClientRect(); if (r.width === 0) return;"
                + " if (r.left < -1 || r.right > w + 1) out.push(e.localName + ' \\'' + (e.getAttribute('aria-label')"
                + " || e.textContent || '').trim().slice(0, 40) + '\\' from ' + Math.round(r.left) + ' to '"
                + " + Math.round(r.right)); });"
                + "return out.slice(0, 8);");
        return ((List<Object>) found).stream().map(f -> screen + ": " + f).toList();
    }

    private static void sweep(Browser browser, String[][] screens, boolean dutch, boolean phone, List<String> problems)
            throws IOException {
        sweep(browser, "stederen", screens, dutch, phone, problems);
    }

    private static void sweep(Browser browser, String municipality, String[][] screens, boolean dutch, boolean phone,
            List<String> problems) throws IOException {
        for (String[] screen : screens) {
            browser.open(screen[0].replace("{m}", municipality));
            if (dutch) {
                browser.waitForText(screen[1]);
            } else {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                        .until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            }
            String where = screen[0] + (phone ? " at 390 px" : " at 1280 px") + (dutch ? "" : " in English");
            problems.addAll(seriousViolations(browser, where));
            problems.addAll(browser.cspViolations());
            if (dutch) {
                problems.addAll(notDutch(browser, where));
            }
            if (phone) {
                problems.addAll(offScreen(browser, where));
            }
        }
    }

    private static void width(Browser browser, boolean phone) {
        browser.driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 900));
    }

    @Test
    void everyScreenPassesAxeSpeaksDutchAndFitsAPhone() throws IOException {
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser browser = new Browser()) {
                width(browser, phone);
                browser.open("/login");
                browser.waitForText("Aanmelden");
                problems.addAll(seriousViolations(browser, "login" + (phone ? " at 390 px" : "")));
                problems.addAll(notDutch(browser, "login"));
                browser.login(Demo.STEDEREN_ADMIN, Api.PASSWORD);
                browser.waitForText("Overzicht");
                sweep(browser, MEMBER_SCREENS, true, phone, problems);
                sectionsShown(browser, problems, phone);
                if (phone) {
                    // the account's actions sit in one menu on a phone, and it opens
                    browser.open("/");
                    browser.waitForText("Wat nu?");
                    browser.driver.findElements(By.tagName("vaadin-menu-bar-button")).stream()
                            .filter(b -> b.getText().contains("Menu")).findFirst().ifPresent(b -> b.click());
                    browser.waitForText("Afmelden");
                }
            }
            try (Browser browser = new Browser()) {
                browser.login(Demo.PLATFORM_ADMIN, Api.PASSWORD);
                browser.waitForText("Releases beoordelen");
                width(browser, phone);
                sweep(browser, PLATFORM_SCREENS, true, phone, problems);
            }
            try (Browser browser = new Browser()) {
                browser.login(Demo.PUBLISHER, Api.PASSWORD);
                browser.waitForText("Mijn releases");
                width(browser, phone);
                sweep(browser, PUBLISHER_SCREENS, true, phone, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theEnglishScreensPassAxeAtBothWidths() throws IOException {
        Municipality m = Municipality.fresh("axe-en");
        for (String plugin : List.of("logbook", "typology", "spiderweb", "activity-packages", "volunteers")) {
            m.subscribe(plugin);
        }
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Overzicht");
            browser.choose("language", "English");
            browser.waitForText("Overview");
            for (boolean phone : new boolean[] {false, true}) {
                width(browser, phone);
                sweep(browser, m.slug(), MEMBER_SCREENS, false, phone, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The volunteer and documentation pages show one section at a time: each is scanned while shown. */
    private static void sectionsShown(Browser browser, List<String> problems, boolean phone) throws IOException {
        String at = phone ? " at 390 px" : " at 1280 px";
        browser.open("/stederen/instrument/volunteers/policy");
        browser.waitForText("Organisatienota");
        for (String[] section : List.of(new String[] {"Vrijwilligers", "Jef Van Rompaey"},
                new String[] {"Vergoedingen", "Nominatieve lijst"},
                new String[] {"Taken en verzekering", "Inzetmomenten per taak registreren"},
                new String[] {"Bereik", "Vrijwilligers tegenover de buurt"})) {
            browser.clickButton(section[0]);
            browser.waitForText(section[1]);
            problems.addAll(seriousViolations(browser, "volunteers: " + section[0] + at));
            problems.addAll(notDutch(browser, "volunteers: " + section[0]));
            if (phone) {
                problems.addAll(offScreen(browser, "volunteers: " + section[0]));
            }
        }
        browser.open("/stederen/instrument/logbook/entries");
        browser.waitForText("Documenteren gaat niet over");
        for (String[] section : List.of(new String[] {"Beginsituatie", "Leg de buurt vast"},
                new String[] {"Veranderingstheorie", "Tussentijdse uitkomsten"},
                new String[] {"Metingen", "bewoners op de maandelijkse buurtsoep"},
                new String[] {"Verslagen", "Bewaarde verslagen"},
                new String[] {"Logboek", "Een nieuwe buur aan de soep"})) {
            browser.clickButton(section[0]);
            browser.waitForText(section[1]);
            problems.addAll(seriousViolations(browser, "documentation: " + section[0] + at));
            problems.addAll(notDutch(browser, "documentation: " + section[0]));
            if (phone) {
                problems.addAll(offScreen(browser, "documentation: " + section[0]));
            }
        }
    }
}
