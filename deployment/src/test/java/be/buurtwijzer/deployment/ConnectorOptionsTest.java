package be.buurtwijzer.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.conf.PropertyKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Connector/J options the README recommends for production live in {@code deployment/bin/mysql-url-options}; the
 * scripts read that file, and the places that must spell them out (the tests' URL in the POM, the README's URL, the
 * production overlay) are checked here to carry the same options, each of them one Connector/J knows.
 */
class ConnectorOptionsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();

    @Test
    void everyOptionIsOneConnectorJKnows() throws IOException {
        for (String option : options()) {
            String name = option.substring(0, option.indexOf('='));
            assertTrue(PropertyKey.fromValue(name) != null, () -> "not a Connector/J option: " + name);
        }
    }

    @Test
    void theTestsRunWithTheOptions() throws IOException {
        Matcher property = Pattern.compile("<it\\.db\\.options>([^<]*)</it\\.db\\.options>")
                .matcher(read(MODULE.resolve("pom.xml")));
        assertTrue(property.find(), "deployment/pom.xml has no it.db.options");
        assertEquals(String.join("&", options()), property.group(1).replace("&amp;", "&"));
    }

    @Test
    void theReadmeAndTheProductionOverlayRecommendThem() throws IOException {
        assertCarriesOptions(ROOT.resolve("README.md"));
        assertCarriesOptions(MODULE.resolve("kubernetes/overlays/production/kustomization.yaml"));
    }

    private static void assertCarriesOptions(Path file) throws IOException {
        Matcher url = Pattern.compile("DB_URL='?(jdbc:mysql://[^'\\s]+)").matcher(read(file));
        assertTrue(url.find(), () -> file + " gives no MySQL DB_URL");
        List<String> given = Arrays.asList(url.group(1).substring(url.group(1).indexOf('?') + 1).split("&"));
        for (String option : options()) {
            assertTrue(given.contains(option), () -> file + ": its DB_URL lacks " + option);
        }
    }

    private static List<String> options() throws IOException {
        String line = read(MODULE.resolve("bin/mysql-url-options")).strip();
        assertTrue(!line.isEmpty() && !line.contains("\n"), "bin/mysql-url-options holds one line of options");
        return Arrays.asList(line.split("&"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
