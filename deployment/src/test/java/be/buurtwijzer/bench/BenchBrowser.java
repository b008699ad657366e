package be.buurtwijzer.bench;

import java.io.File;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The benchmarks' headless Chromium (Debian's chromium and chromedriver) and their percentiles. */
final class BenchBrowser {

    private BenchBrowser() {
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(which("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(which("chromedriver"))).usingAnyFreePort().build(), options);
    }

    static long percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    private static String which(String program) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File candidate = new File(dir, program);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        throw new IllegalStateException(program + " is not installed");
    }
}
