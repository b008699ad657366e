package be.buurtwijzer.core.domain.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
