package be.buurtwijzer.bench;

import be.buurtwijzer.it.Programs;
import java.io.File;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The benchmarks' headless Chromium (Debian's chromium and chromedriver) and their percentiles. */
final class BenchBrowser {

    private BenchBrowser() {
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Programs.onPath("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Programs.onPath("chromedriver"))).usingAnyFreePort().build(), options);
    }

    /** The log-in form with the user's address typed in; the caller sends the password when it starts its clock. */
    static void openLogIn(ChromeDriver driver, WebDriverWait wait, String base, String user) {
        driver.get(base + "/login");
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(user);
    }

    static void sendPassword(ChromeDriver driver, String password) {
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
    }

    static long percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }
}
