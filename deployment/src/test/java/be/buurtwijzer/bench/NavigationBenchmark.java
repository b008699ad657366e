package be.buurtwijzer.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark helper (not a test): logs in once, then goes round the workspace's menu {@code rounds} times, clicking
 * each given entry as a person would, and prints the median and 95th percentile of the time from the click until
 * the page is shown (its address, and a title other than the previous page's), polled every 5 ms. Between the
 * warm-up round and the measured ones it prints a line, so the script around it can mark the database's log.
 * Usage: base-url user password rounds path,path,…
 */
public final class NavigationBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[3]);
        String[] paths = args[4].split(",");
        ChromeDriver driver = BenchBrowser.start();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(5));
            BenchBrowser.openLogIn(driver, wait, base, args[1]);
            BenchBrowser.sendPassword(driver, args[2]);
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
            List<Long> times = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                if (round == 1) {
                    System.out.println("measuring");
                    System.out.flush();
                    Thread.sleep(1_000);
                }
                for (String path : paths) {
                    String title = (String) driver.executeScript(
                            "const h = document.querySelector('main h1'); return h ? h.textContent : ''");
                    long start = System.nanoTime();
                    // the menu entry's link, as a person's click reaches it (inside the entry's shadow root)
                    driver.executeScript("const item = [...document.querySelectorAll('vaadin-side-nav-item')]"
                            + ".find(i => (i.getAttribute('path') || '').replace(/^\\//, '') === arguments[0]);"
                            + " (item.shadowRoot.querySelector('a') || item).click()", path);
                    wait.until(d -> d.getCurrentUrl().endsWith("/" + path) && Boolean.TRUE.equals(((ChromeDriver) d)
                            .executeScript("const h = document.querySelector('main h1');"
                                    + " return h !== null && h.textContent !== arguments[0]", title)));
                    if (round > 0) {
                        times.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
            }
            System.out.println("navigations " + times.size() + " median-ms " + BenchBrowser.percentile(times, 0.5) + " p95-ms "
                    + BenchBrowser.percentile(times, 0.95));
        } finally {
            driver.quit();
        }
    }
}
