package be.buurtwijzer.core.application.audit;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.core.application.shared.PageRequest;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditRecord;
import be.buurtwijzer.core.domain.audit.PlatformAuditEntry;
import be.buurtwijzer.core.domain.audit.TenantAuditEntry;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads audit trails: a municipality's by its administrator, the platform's by a platform administrator. */
@ApplicationScoped
@Transactional
public class AuditReader {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;


    public Page<AuditEntryDetails> tenantTrail(Caller caller, String slug, AuditQuery query) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ_AUDIT);
        return read(TenantAuditEntry.class, query, e -> access.tenantId());
    }

    /** The register's kinds of entry that colleagues share; instruments' records are "record:plugin:kind". */
    static final List<String> SHARED_WORK = List.of("neighbourhood", "actor", "initiative");

    /** How many entries of the shared work are looked at, at most, to find the ones a caller may see. */
    static final int SCANNED = 200;

    /**
     * The latest changes colleagues made to the shared work (the register and the instruments' records), for
     * everyone who may change it, as far as {@code visible} lets the caller see an entry's entity type (an
     * instrument's records only where the caller may read them); only the entries shown are read in full.
     * Administration (members, invitations, settings, subscriptions, consents, personal-data requests) stays in
     * the administrator's trail.
     */
    public List<AuditEntryDetails> recentWork(Caller caller, String slug, int limit,
            java.util.function.Predicate<String> visible) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        if (limit < 1 || limit > 50) {
            throw InvalidInputException.of("size", "must be between 1 and 50");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TenantAuditEntry> select = cb.createQuery(TenantAuditEntry.class);
        Root<TenantAuditEntry> root = select.from(TenantAuditEntry.class);
        select.where(cb.or(root.get("entityType").in(SHARED_WORK), cb.like(root.get("entityType"), "record:%")))
                .orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return em.createQuery(select).setMaxResults(SCANNED).getResultList().stream()
                .filter(e -> visible.test(e.getEntityType())).limit(limit)
                .map(e -> new AuditEntryDetails(e.getId(), e.getOccurredAt(), e.getActorEmail(), e.getAction(),
                        e.getEntityType(), e.getEntityId(), access.tenantId(), parse(e.getChanges()))).toList();
    }

    public Page<AuditEntryDetails> platformTrail(Caller caller, AuditQuery query) {
        platform.administrator(caller);
        return read(PlatformAuditEntry.class, query, PlatformAuditEntry::getTenantId);
    }

    private <E extends AuditRecord> Page<AuditEntryDetails> read(Class<E> type, AuditQuery query,
            java.util.function.Function<E, String> tenantOf) {
        PageRequest page = PageRequest.parse(query.page(), query.size(), null, Set.of("occurredAt"), "-occurredAt");
        Instant from = instant("from", query.from(), false);
        Instant to = instant("to", query.to(), true);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> select = cb.createQuery(type);
        Root<E> root = select.from(type);
        select.where(where(cb, root, query, from, to)).orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        List<E> rows = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(where(cb, countRoot, query, from, to));
        long total = em.createQuery(count).getSingleResult();
        List<AuditEntryDetails> items = rows.stream().map(e -> new AuditEntryDetails(e.getId(), e.getOccurredAt(),
                e.getActorEmail(), e.getAction(), e.getEntityType(), e.getEntityId(), tenantOf.apply(e),
                parse(e.getChanges()))).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static <E> Predicate[] where(CriteriaBuilder cb, Root<E> root, AuditQuery q, Instant from, Instant to) {
        List<Predicate> predicates = new ArrayList<>();
        if (notBlank(q.entityType())) {
            predicates.add(cb.equal(root.get("entityType"), q.entityType().trim()));
        }
        if (notBlank(q.entityId())) {
            predicates.add(cb.equal(root.get("entityId"), q.entityId().trim()));
        }
        if (notBlank(q.actor())) {
            predicates.add(cb.equal(root.get("actorEmail"), q.actor().trim().toLowerCase()));
        }
        if (from != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (to != null) {
            predicates.add(cb.lessThan(root.get("occurredAt"), to));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** An instant, or a date meaning its start (from) or the start of the next day (to), in UTC. */
    static Instant instant(String field, String value, boolean endOfDay) {
        if (!notBlank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw InvalidInputException.of(field, "must be a date (2026-11-25) or an instant "
                        + "(2026-11-25T10:15:30Z), not '" + value + "'");
            }
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
