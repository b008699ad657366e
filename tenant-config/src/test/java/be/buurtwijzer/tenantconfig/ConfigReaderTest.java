package be.buurtwijzer.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import be.buurtwijzer.tenantconfig.domain.ConfigProblem;
import be.buurtwijzer.tenantconfig.domain.ConfigReader;
import be.buurtwijzer.tenantconfig.domain.ConfigSet;
import be.buurtwijzer.tenantconfig.domain.TenantFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    private final ConfigReader reader = ConfigReader.withDefaultValidator();

    @Test
    void theDemoConfigurationIsValid() {
        ConfigSet demo = reader.read(Path.of("demo"));
        assertEquals(List.of(), demo.problems());
        assertEquals(List.of("tenants/gemeentegem.json", "tenants/stederen.json"), List.copyOf(demo.tenants().keySet()));
        TenantFile stederen = demo.tenants().get("tenants/stederen.json");
        assertEquals(TenantStatus.ACTIVE, stederen.status());
        assertTrue(stederen.members().stream().anyMatch(m -> m.role() == TenantRole.PARTNER));
        assertTrue(stederen.register().initiatives().size() >= 2);
        assertEquals(2, demo.platform().users().size());
    }

    @Test
    void badFilesAreReportedWithTheirFieldAndLeftOut(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tenants"));
        Files.writeString(dir.resolve("tenants/goed.json"), """
                {"slug":"goed","name":"Goed","defaultLocale":"en","administrators":[{"email":"a@goed.example","displayName":"A"}]}
                """);
        Files.writeString(dir.resolve("tenants/kapot.json"), "{\"slug\": ");
        Files.writeString(dir.resolve("tenants/fout.json"), """
                {"slug":"fout","name":"","defaultLocale":"fr","administrators":[]}
                """);
        Files.writeString(dir.resolve("tenants/andere-naam.json"), """
                {"slug":"iets-anders","name":"X","defaultLocale":"en","administrators":[{"email":"a@x.example","displayName":"A"}]}
                """);
        ConfigSet set = reader.read(dir);
        assertEquals(List.of("tenants/goed.json"), List.copyOf(set.tenants().keySet()));
        List<String> problems = set.problems().stream().map(ConfigProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("tenants/kapot.json: cannot be read as JSON")), problems.toString());
        assertTrue(problems.contains("tenants/fout.json (administrators): must not be empty"), problems.toString());
        assertTrue(problems.contains("tenants/fout.json (defaultLocale): must be nl-BE or en"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("tenants/andere-naam.json (slug)")), problems.toString());
    }

    @Test
    void anEmptyDirectoryHasNothingToApply(@TempDir Path dir) {
        ConfigSet set = reader.read(dir);
        assertTrue(set.tenants().isEmpty());
        assertTrue(set.platform().users().isEmpty());
        assertTrue(set.problems().isEmpty());
    }
}
