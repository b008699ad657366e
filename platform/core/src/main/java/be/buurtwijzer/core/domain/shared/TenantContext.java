package be.buurtwijzer.core.domain.shared;

/**
 * The EclipseLink context property that carries the current tenant. Tenant-owned entities name
 * it in their {@code @TenantDiscriminatorColumn}; it is set once per transaction by the
 * application's tenant gate, after membership and role have been checked.
 */
public final class TenantContext {
    public static final String PROPERTY = "buurtwijzer.tenant";
    public static final String COLUMN = "tenant_id";

    private TenantContext() {
    }
}
