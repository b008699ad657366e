package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.instruments.PluginRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The record store: one plugin's JSON documents in one municipality. Every method runs in its own
 * transaction bound to the ticket's municipality, and only sees the ticket's plugin.
 */
@ApplicationScoped
@Transactional
public class RecordStoreService {

    /** The largest document a plugin may store. */
    public static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public RecordRow create(InstrumentTicket ticket, String kind, String json) {
        tenantGate.bind(ticket.access());
        checkSize(json);
        PluginRecord record = new PluginRecord(ticket.instrument().pluginId(), kind,
                ticket.instrument().descriptor().dataSchemaVersion(), json);
        record.touch(ticket.access().caller().email(), clock.instant());
        em.persist(record);
        em.flush();
        audit.tenant(ticket.access(), AuditAction.CREATE, entityType(ticket, kind), record.getId(),
                Changes.created(record.auditState()));
        return RecordRow.of(record);
    }

    public RecordRow find(InstrumentTicket ticket, String kind, String id) {
        tenantGate.bind(ticket.access());
        PluginRecord record = load(ticket, kind, id);
        return record == null ? null : RecordRow.of(record);
    }

    public RecordRow update(InstrumentTicket ticket, String kind, String id, long expectedVersion, String json) {
        tenantGate.bind(ticket.access());
        checkSize(json);
        PluginRecord record = load(ticket, kind, id);
        if (record == null) {
            throw new NotFoundException(kind, id);
        }
        if (record.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(kind, record.getVersion(), record.getUpdatedBy());
        }
        Map<String, Object> before = record.auditState();
        record.replace(ticket.instrument().descriptor().dataSchemaVersion(), json);
        record.touch(ticket.access().caller().email(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(kind, expectedVersion);
        }
        audit.tenant(ticket.access(), AuditAction.UPDATE, entityType(ticket, kind), id,
                Changes.between(before, record.auditState()));
        return RecordRow.of(record);
    }

    public boolean delete(InstrumentTicket ticket, String kind, String id) {
        tenantGate.bind(ticket.access());
        PluginRecord record = load(ticket, kind, id);
        if (record == null) {
            return false;
        }
        Map<String, Object> before = record.auditState();
        em.remove(record);
        em.flush();
        audit.tenant(ticket.access(), AuditAction.DELETE, entityType(ticket, kind), id, Changes.deleted(before));
        return true;
    }

    public Page<RecordRow> list(InstrumentTicket ticket, String kind, int page, int size) {
        tenantGate.bind(ticket.access());
        String plugin = ticket.instrument().pluginId();
        List<RecordRow> items = em.createQuery("SELECT r FROM PluginRecord r WHERE r.pluginId = :plugin "
                        + "AND r.kind = :kind ORDER BY r.createdAt DESC, r.id", PluginRecord.class)
                .setParameter("plugin", plugin).setParameter("kind", kind)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(RecordRow::of).toList();
        long total = em.createQuery("SELECT COUNT(r) FROM PluginRecord r WHERE r.pluginId = :plugin "
                        + "AND r.kind = :kind", Long.class)
                .setParameter("plugin", plugin).setParameter("kind", kind).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private PluginRecord load(InstrumentTicket ticket, String kind, String id) {
        return em.createQuery("SELECT r FROM PluginRecord r WHERE r.id = :id AND r.pluginId = :plugin "
                        + "AND r.kind = :kind", PluginRecord.class)
                .setParameter("id", id).setParameter("plugin", ticket.instrument().pluginId())
                .setParameter("kind", kind)
                .getResultStream().findFirst().orElse(null);
    }

    private static void checkSize(String json) {
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_DOCUMENT_BYTES) {
            throw InvalidInputException.of("value", "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
    }

    private static String entityType(InstrumentTicket ticket, String kind) {
        return "record:" + ticket.instrument().pluginId() + ":" + kind;
    }
}
