package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.tenancy.TenantRole;

/** The caller's roles in the page's municipality and on the platform, as the UI needs them. */
public record Roles(TenantRole tenantRole, PlatformRole platformRole) {

    public enum Need {
        TENANT_ADMIN, COORDINATOR, MEMBER, PLATFORM_ADMIN, PUBLISHER
    }

    /** The roles on the page this tab shows, as {@link AccessControl} resolved them when it opened. */
    public static Roles current() {
        return Workspace.current().map(Workspace::roles)
                .orElseGet(() -> new Roles(null, UiSession.caller().map(c -> c.platformRole()).orElse(null)));
    }

    /** The roles of a person described now, in {@code municipality} (none there when it is not open for work). */
    static Roles of(be.buurtwijzer.core.application.admin.MyAccount.Me me,
            be.buurtwijzer.core.application.admin.MyAccount.MembershipSummary municipality) {
        boolean open = municipality != null
                && municipality.status() == be.buurtwijzer.core.domain.tenancy.TenantStatus.ACTIVE;
        return new Roles(open ? municipality.role() : null, me.platformRole());
    }

    public boolean allows(Need need) {
        return switch (need) {
            case TENANT_ADMIN -> tenantRole == TenantRole.TENANT_ADMIN;
            case COORDINATOR -> tenantRole == TenantRole.TENANT_ADMIN || tenantRole == TenantRole.COORDINATOR;
            case MEMBER -> tenantRole != null;
            case PLATFORM_ADMIN -> platformRole == PlatformRole.PLATFORM_ADMIN;
            case PUBLISHER -> platformRole == PlatformRole.PUBLISHER;
        };
    }
}
