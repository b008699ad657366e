package be.buurtwijzer.plugin.api;

/** The roles a member can have in a municipality, for the default mapping of permissions. */
public enum MemberRole {
    TENANT_ADMIN, COORDINATOR, PARTNER
}
