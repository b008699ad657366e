package be.buurtwijzer.tenantconfig.domain;

import java.util.List;
import java.util.Map;

/** What a configuration directory holds: valid files by name, and the problems of the others. */
public record ConfigSet(PlatformFile platform, Map<String, TenantFile> tenants, List<ConfigProblem> problems) {
}
