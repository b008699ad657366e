package be.buurtwijzer.core.domain.tenancy;

/** What a member may do inside a municipality. */
public enum TenantPermission {
    READ, WRITE, MANAGE_MEMBERS, READ_AUDIT, MANAGE_SETTINGS, MANAGE_INSTRUMENTS,
    /** Answers data-subject requests: finds, exports and erases what is held about a person. */
    MANAGE_PERSONAL_DATA
}
