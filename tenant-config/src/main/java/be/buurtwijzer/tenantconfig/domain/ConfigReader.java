package be.buurtwijzer.tenantconfig.domain;

import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.InputValidator;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a configuration directory: {@code platform.json} (optional) and {@code tenants/*.json}.
 * A file that cannot be read or is invalid is reported and left out; the others still apply.
 */
public final class ConfigReader {

    private final Jsonb jsonb = JsonbBuilder.create();
    private final Validator validator;

    public ConfigReader(Validator validator) {
        this.validator = validator;
    }

    public static ConfigReader withDefaultValidator() {
        return new ConfigReader(Validation.buildDefaultValidatorFactory().getValidator());
    }

    public ConfigSet read(Path directory) {
        List<ConfigProblem> problems = new ArrayList<>();
        PlatformFile platform = new PlatformFile(List.of());
        Path platformPath = directory.resolve("platform.json");
        if (Files.isRegularFile(platformPath)) {
            PlatformFile read = parse(platformPath, PlatformFile.class, problems);
            if (read != null) {
                platform = read;
            }
        }
        Map<String, TenantFile> tenants = new TreeMap<>();
        Path tenantDir = directory.resolve("tenants");
        if (Files.isDirectory(tenantDir)) {
            try (Stream<Path> files = Files.list(tenantDir)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    TenantFile tenant = parse(file, TenantFile.class, problems);
                    if (tenant == null) {
                        continue;
                    }
                    String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
                    if (!expected.equals(tenant.slug())) {
                        problems.add(new ConfigProblem(name(file), "slug", "must equal the file name ('" + expected
                                + "'), so that one file describes one municipality"));
                        continue;
                    }
                    tenants.put(name(file), tenant);
                }
            } catch (IOException e) {
                problems.add(new ConfigProblem(name(tenantDir), null, "cannot list the directory: " + e.getMessage()));
            }
        }
        return new ConfigSet(platform, tenants, problems);
    }

    private <T> T parse(Path file, Class<T> type, List<ConfigProblem> problems) {
        T value;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            value = jsonb.fromJson(reader, type);
        } catch (IOException | JsonbException e) {
            problems.add(new ConfigProblem(name(file), null, "cannot be read as JSON: " + rootMessage(e)));
            return null;
        }
        if (value == null) {
            problems.add(new ConfigProblem(name(file), null, "is empty"));
            return null;
        }
        List<FieldViolation> violations = InputValidator.violations(validator, value);
        if (!violations.isEmpty()) {
            violations.forEach(v -> problems.add(new ConfigProblem(name(file), v.field(), v.message())));
            return null;
        }
        return value;
    }

    private static String name(Path file) {
        Path parent = file.getParent();
        return parent == null ? file.getFileName().toString()
                : parent.getFileName() + "/" + file.getFileName();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
