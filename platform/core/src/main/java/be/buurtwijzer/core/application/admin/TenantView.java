package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import java.time.Instant;

public record TenantView(String id, String slug, String name, TenantStatus status, String defaultLocale,
        Instant createdAt, long version, Instant deletionDueAt) {

    public static TenantView of(Tenant t) {
        return new TenantView(t.getId(), t.getSlug(), t.getName(), t.getStatus(), t.getDefaultLocale(),
                t.getCreatedAt(), t.getVersion(), t.getDeletionDueAt());
    }
}
