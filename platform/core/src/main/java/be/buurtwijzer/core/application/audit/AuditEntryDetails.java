package be.buurtwijzer.core.application.audit;

import be.buurtwijzer.core.domain.audit.AuditAction;
import jakarta.json.JsonObject;
import java.time.Instant;

public record AuditEntryDetails(String id, Instant occurredAt, String actorEmail, AuditAction action, String entityType,
        String entityId, String tenantId, JsonObject changes) {
}
