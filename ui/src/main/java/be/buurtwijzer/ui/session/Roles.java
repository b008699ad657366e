package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.tenancy.TenantRole;

/** The caller's roles in the current municipality and on the platform, as the UI needs them. */
public record Roles(TenantRole tenantRole, PlatformRole platformRole) {

    public enum Need {
        TENANT_ADMIN, COORDINATOR, MEMBER, PLATFORM_ADMIN, PUBLISHER
    }

    private static final String KEY = "buurtwijzer.roles";

    public static Roles current() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        Roles roles = session == null ? null : (Roles) session.getAttribute(KEY);
        return roles == null ? new Roles(null, UiSession.caller().map(c -> c.platformRole()).orElse(null)) : roles;
    }

    /**
     * The caller's roles as they are in the database now, in the session's municipality: what a page
     * is opened with (the roles of the previous page may have changed since).
     */
    public static Roles now() {
        var caller = UiSession.requireCaller();
        var me = jakarta.enterprise.inject.spi.CDI.current().select(
                be.buurtwijzer.core.application.admin.MyAccount.class).get().describe(caller);
        TenantRole role = me.memberships().stream()
                .filter(m -> UiSession.tenant().map(m.slug()::equals).orElse(false)
                        || UiSession.tenant().isEmpty())
                .filter(m -> m.status() == be.buurtwijzer.core.domain.tenancy.TenantStatus.ACTIVE)
                .map(be.buurtwijzer.core.application.admin.MyAccount.MembershipSummary::role).findFirst().orElse(null);
        Roles roles = new Roles(role, me.platformRole());
        remember(roles);
        return roles;
    }

    public static void remember(Roles roles) {
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(KEY, roles);
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
