package be.buurtwijzer.core.domain.tenancy;

/** What a member may do inside a municipality. */
public enum TenantPermission {
    READ, WRITE, MANAGE_MEMBERS, READ_AUDIT, MANAGE_SETTINGS, MANAGE_INSTRUMENTS
}
