package be.buurtwijzer.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark helper (not a test): logs in {@code count} browser sessions to the dashboard one after
 * another and leaves them alive on the server; prints the median time from pressing Enter on the
 * log-in form, and from asking for a reload, until the workspace is shown (the navigation, the
 * dashboard's title and its cards are in the page), polled every 5 ms. The script around it
 * measures the server's heap before and after. An active session also opens the given pages of the
 * workspace after the reload and stays on the last one. Usage: base-url user password count [path,path…]
 */
public final class SessionBenchmark {

    public static void main(String[] args) {
        String base = args[0];
        int count = Integer.parseInt(args[3]);
        List<Long> first = new ArrayList<>();
        List<Long> repeat = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChromeDriver driver = BenchBrowser.start();
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(5));
                BenchBrowser.openLogIn(driver, wait, base, args[1]);
                long start = System.nanoTime();
                BenchBrowser.sendPassword(driver, args[2]);
                wait.until(SessionBenchmark::workspaceShown);
                first.add((System.nanoTime() - start) / 1_000_000);
                start = System.nanoTime();
                driver.navigate().refresh();
                wait.until(SessionBenchmark::workspaceShown);
                repeat.add((System.nanoTime() - start) / 1_000_000);
                if (args.length > 4) {
                    for (String path : args[4].split(",")) {
                        driver.get(base + path);
                        wait.until(d -> d.getCurrentUrl().endsWith(path) && !d.findElements(By.cssSelector("main h1")).isEmpty());
                    }
                }
            } finally {
                driver.quit(); // the server keeps the session until it times out
            }
        }
        System.out.println("first-page-ms " + median(first) + " repeat-page-ms " + median(repeat) + " first-p95-ms "
                + p95(first) + " repeat-p95-ms " + p95(repeat));
    }

    /** The dashboard as its user sees it: navigation, title and the register's three cards at least. */
    private static boolean workspaceShown(org.openqa.selenium.WebDriver driver) {
        return Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                "return document.querySelectorAll('vaadin-side-nav-item').length > 0"
                        + " && document.querySelector('main h1') !== null"
                        + " && document.querySelectorAll('main h2').length >= 3"));
    }

    private static long p95(List<Long> values) {
        return BenchBrowser.percentile(values, 0.95);
    }

    private static long median(List<Long> values) {
        return BenchBrowser.percentile(values, 0.5);
    }
}
