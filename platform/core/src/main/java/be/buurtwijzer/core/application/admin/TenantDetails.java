package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import java.time.Instant;

public record TenantDetails(String id, String slug, String name, TenantStatus status, String defaultLocale,
        Instant createdAt, long version, Instant deletionDueAt) {

    public static TenantDetails of(Tenant t) {
        return new TenantDetails(t.getId(), t.getSlug(), t.getName(), t.getStatus(), t.getDefaultLocale(),
                t.getCreatedAt(), t.getVersion(), t.getDeletionDueAt());
    }
}
