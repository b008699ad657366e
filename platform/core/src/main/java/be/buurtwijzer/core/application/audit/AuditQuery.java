package be.buurtwijzer.core.application.audit;

/** Filters on an audit trail, as typed by the user. Times are ISO-8601 instants or dates. */
public record AuditQuery(String entityType, String entityId, String actor, String from, String to, String page,
        String size) {
}
