package be.buurtwijzer.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium through its own chromedriver: no browser download, loopback only. */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    private final WebDriverWait wait;
    /** How many times a person would have clicked so far (a choice from a list counts two). */
    int clicks;

    Browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Programs.onPath("chromedriver"))).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Programs.onPath("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=nl-BE");
        // the console, to see whether the Content-Security-Policy blocked anything the pages need
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        // leaving a page with unsaved work makes the browser ask; a test that moves on answers "leave"
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(Api.BASE + path);
    }

    void login(String email, String password) {
        open("/login");
        WebElement user;
        try {
            user = wait.until(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-login-form");
            throw new AssertionError("no log-in form; the page says: " + bodyText() + "\n" + driver.getPageSource()
                    .substring(0, Math.min(3000, driver.getPageSource().length())), e);
        }
        user.sendKeys(email);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
    }

    /** Waits until the page's text contains {@code text}. */
    void waitForText(String text) {
        try {
            wait.until(d -> bodyText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waiting-" + text.replaceAll("[^A-Za-z]", "_"));
            throw new AssertionError("'" + text + "' did not appear; the page says: " + bodyText(), e);
        }
    }

    String bodyText() {
        // the text of the page including Vaadin's shadow roots
        // only what is shown: an element hidden by the page (hidden, display:none, visibility:hidden) is skipped
        Object text = driver.executeScript("function t(n){if(n.nodeType===3)return n.textContent;"
                + "if(n.nodeName==='STYLE'||n.nodeName==='SCRIPT'||n.nodeName==='TEMPLATE')return '';"
                + "if(n.nodeType===1){if(n.hidden)return '';const c=getComputedStyle(n);"
                + "if(c.display==='none'||c.visibility==='hidden')return '';}let s='';"
                + "if(n.shadowRoot)s+=t(n.shadowRoot);for(const c of n.childNodes)s+=' '+t(c);return s;}"
                + "return t(document.body).replace(/\\s+/g,' ');");
        return text == null ? "" : text.toString();
    }

    /** Clicks the Vaadin button with this text, wherever on the page it is. */
    void clickButton(String text) {
        // the page may still be re-rendering after the previous click: look again until the button is there
        try {
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                WebElement button = d.findElements(By.tagName("vaadin-button")).stream()
                        .filter(b -> b.getText().equals(text)).findFirst().orElse(null);
                if (button == null) {
                    return false;
                }
                driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
                clicks++;
                return true;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no button '" + text + "' on " + bodyText(), e);
        }
    }

    /** Types into the input of the field with this id once it is shown (a form may still be opening). */
    void type(String fieldId, CharSequence text) {
        wait.until(d -> d.findElements(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).sendKeys(text);
    }

    /** Types into the field and leaves it (Tab), so its value reaches the server before a scripted click. */
    void fill(String fieldId, String text) {
        type(fieldId, text);
        type(fieldId, Keys.TAB);
    }

    /** Clicks the grid cell showing exactly this text. */
    void clickGridCell(String text) {
        WebElement cell = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(text)).findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", cell);
        clicks++;
    }

    /** Ticks the checkbox or radio button with this label. */
    void tick(String label) {
        WebElement box = driver.findElements(By.cssSelector("vaadin-checkbox, vaadin-radio-button")).stream()
                .filter(b -> b.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no checkbox '" + label + "' on " + bodyText()));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", box);
    }

    /** Chooses {@code item} in the vaadin-select with this id. */
    void choose(String selectId, String item) {
        WebElement select = wait.until(d -> d.findElements(By.id(selectId)).stream().findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", select);
        // the items of a select inside a grid cell count as clipped for Selenium's own check: ask the browser
        // the opened list of this select, not the copy of the chosen item that another select shows as its value
        WebElement option = wait.until(d -> (WebElement) driver.executeScript("return [...arguments[1].querySelectorAll("
                + "'vaadin-select-item')].find(i => !i.closest('vaadin-select-value-button') && i.checkVisibility()"
                + " && i.textContent.trim() === arguments[0]);", item, select));
        driver.executeScript("arguments[0].click();", option);
        clicks += 2;
    }

    /** Downloads what the link with this text points to, in the browser's session; returns it as text. */
    String download(String linkText) {
        WebElement link = driver.findElements(By.tagName("a")).stream().filter(a -> a.getText().trim().equals(linkText))
                .findFirst().orElseThrow(() -> new AssertionError("no link '" + linkText + "' on " + bodyText()));
        return String.valueOf(driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0].href).then(r => r.text()).then(done).catch(e => done('failed: ' + e));", link));
    }

    /** What the browser's console said about the Content-Security-Policy since the last call. */
    List<String> cspViolations() {
        return driver.manage().logs().get("browser").getAll().stream().map(e -> e.getMessage())
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    List<String> navigation() {
        return driver.findElements(By.tagName("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
