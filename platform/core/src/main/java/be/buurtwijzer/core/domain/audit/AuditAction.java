package be.buurtwijzer.core.domain.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** Personal data handed out (a data-subject export, a municipality archive). */
    EXPORT,
    /** Personal data erased or anonymised (a data-subject request, a retention purge). */
    ERASE
}
