package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Labelled;
import java.util.EnumSet;
import java.util.Set;

/** The role of a member in one municipality. */
public enum TenantRole implements Labelled {
    /** Manages members, roles, settings and subscriptions; edits everything. */
    TENANT_ADMIN(EnumSet.allOf(TenantPermission.class)),
    /** Edits the register and the instruments. */
    COORDINATOR(EnumSet.of(TenantPermission.READ, TenantPermission.WRITE)),
    /** Reads. */
    PARTNER(EnumSet.of(TenantPermission.READ));

    private final Set<TenantPermission> permissions;

    TenantRole(Set<TenantPermission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(TenantPermission permission) {
        return permissions.contains(permission);
    }
}
