package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.core.application.shared.PageRequest;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.shared.TrackedEntity;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Create, read, update, delete and list for one kind of register entry. Every method first passes
 * the tenant gate, so the persistence context only ever sees the caller's own municipality.
 * Subclasses are CDI beans that add the kind's fields, filters and rules. The transactions are declared on the public
 * methods here, not on the class: Weld intercepts a bean's calls to its own methods when they come through another
 * bean (the list's read in {@link RegisterReads}), and a class binding would pass every hook (filters, a view per
 * entry) through the transactional interceptor.
 */
public abstract class RegisterService<E extends TrackedEntity, I extends RegisterInput, V> {

    private static final Set<String> COMMON_SORTS = Set.of("name", "createdAt", "updatedAt");

    /** The list queries this node has added to the factory (see listQueryName). */
    private final Set<String> namedLists = ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "buurtwijzer")
    protected EntityManager em;

    @Inject
    protected TenantGate tenantGate;

    @Inject
    protected AuditTrail audit;

    @Inject
    protected InputValidator validator;

    @Inject
    protected Clock clock;

    @Inject
    RegisterStamps stamps;

    @Inject
    ListPages kept;

    @Inject
    RegisterReads reads;

    protected abstract Class<E> type();

    /** The kind in words for messages, e.g. "neighbourhood". */
    protected abstract String what();

    protected abstract E newEntity(TenantAccess access, I input);

    protected abstract void apply(TenantAccess access, E entity, I input);

    protected abstract V view(E entity);

    /** Predicates for the kind's own filters, read from the query, their values bound through the parameters. */
    protected abstract List<Predicate> filters(CriteriaBuilder cb, Root<E> root, ListQuery query,
            FilterParameters parameters);

    /** Extra sortable fields beyond name, createdAt and updatedAt. */
    protected Set<String> extraSorts() {
        return Set.of();
    }

    /** Refuses a delete while other entries still refer to the entity. */
    protected void checkDeletable(E entity) {
    }

    /** Views for a page of entities; a subclass may batch look-ups here. */
    protected List<V> views(List<E> entities) {
        return entities.stream().map(this::view).toList();
    }

    /** One list as asked: the same for every caller who may read the register (views do not depend on roles). */
    private record RegisterList(Class<?> kind, ListQuery query) {
    }

    /**
     * Without a transaction of its own: the gate's check and the stamp are plain reads, and a page kept for the
     * stamp is served as it is. Only a page not kept is read in a transaction, through the gate again. Not
     * {@code @Transactional(SUPPORTS)} either, which means the same here: Liberty's interceptor around it cost 5% of
     * a kept list's CPU (issue 19).
     */
    public Page<V> list(Caller caller, String slug, ListQuery query) {
        TenantAccess access = tenantGate.admit(caller, slug, TenantPermission.READ);
        Set<String> sortable = new java.util.HashSet<>(COMMON_SORTS);
        sortable.addAll(extraSorts());
        PageRequest page = PageRequest.parse(query.page(), query.size(), query.sort(), sortable, "name");
        // the stamp before the entries: a page read after it shows at least every change up to it
        java.util.OptionalLong stamp = stamps.current(access.tenantId());
        RegisterList list = new RegisterList(type(), query);
        if (stamp.isPresent()) {
            java.util.Optional<Page<V>> earlier = kept.find(access.tenantId(), stamp.getAsLong(), list);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Page<V> read = reads.inTransaction(() -> {
            tenantGate.enter(caller, slug, TenantPermission.READ);
            return read(query, page);
        });
        stamp.ifPresent(s -> kept.keep(access.tenantId(), s, list, read));
        return read;
    }

    private Page<V> read(ListQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> select = cb.createQuery(type());
        Root<E> root = select.from(type());
        FilterParameters parameters = new FilterParameters(cb);
        select.where(where(cb, root, query, parameters));
        Order order = page.descending() ? cb.desc(root.get(page.sortField())) : cb.asc(root.get(page.sortField()));
        select.orderBy(order, cb.asc(root.get("id")));
        TypedQuery<E> named = em.createNamedQuery(listQueryName(select, parameters, page), type());
        parameters.applyTo(named);
        List<E> items = named.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(views(items), page.page(), page.size(), total(query, page, items.size()));
    }

    /**
     * The name of the shared list query for this kind, these filters and this order, added to the
     * factory the first time. EclipseLink prepares a criteria query's SQL at every execution, and a
     * query whose first-row and row-count settings change after its preparation as well; a named
     * query prepared with a row limit keeps its SQL and takes page and size as parameters.
     */
    private String listQueryName(CriteriaQuery<E> select, FilterParameters parameters, PageRequest page) {
        String name = "list." + type().getSimpleName() + "(" + parameters.shape() + ")." + page.sortField()
                + (page.descending() ? ".desc" : ".asc");
        if (!namedLists.contains(name)) {
            // only read for the views, never changed: not registered in the persistence context
            em.getEntityManagerFactory().addNamedQuery(name, em.createQuery(select)
                    .setHint(QueryHints.READ_ONLY, HintValues.TRUE).setHint(QueryHints.JDBC_MAX_ROWS, 1));
            namedLists.add(name);
        }
        return name;
    }

    private long total(ListQuery query, PageRequest page, int onThisPage) {
        return page.totalFrom(onThisPage).orElseGet(() -> count(query));
    }

    private long count(ListQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type());
        FilterParameters parameters = new FilterParameters(cb);
        count.select(cb.count(countRoot)).where(where(cb, countRoot, query, parameters));
        TypedQuery<Long> counting = em.createQuery(count);
        parameters.applyTo(counting);
        return counting.getSingleResult();
    }

    @Transactional
    public V get(Caller caller, String slug, String id) {
        tenantGate.enter(caller, slug, TenantPermission.READ);
        return view(load(id));
    }

    @Transactional
    public V create(Caller caller, String slug, I input) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        input = validator.check(input);
        requireUniqueName(input.name(), null);
        E entity = newEntity(access, input);
        entity.touch(caller.email(), clock.instant());
        em.persist(entity);
        Persistence.flush(em, what());
        audit.tenant(access, AuditAction.CREATE, what(), entity.getId(), Changes.created(entity.auditState()));
        stamps.raise(access.tenantId());
        return view(entity);
    }

    @Transactional
    public V update(Caller caller, String slug, String id, I input) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        input = validator.check(input);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "is required for an update: send the version you last read");
        }
        E entity = load(id);
        if (entity.getVersion() != input.version()) {
            throw ConflictException.staleVersion(what(), entity.getVersion(), entity.getUpdatedBy());
        }
        requireUniqueName(input.name(), id);
        Map<String, Object> before = entity.auditState();
        apply(access, entity, input);
        var changes = Changes.between(before, entity.auditState());
        if (!changes.isEmpty()) {
            entity.touch(caller.email(), clock.instant());
            Persistence.flush(em, what());
            audit.tenant(access, AuditAction.UPDATE, what(), entity.getId(), changes);
            stamps.raise(access.tenantId());
        }
        return view(entity);
    }

    @Transactional
    public void delete(Caller caller, String slug, String id) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        E entity = load(id);
        checkDeletable(entity);
        Map<String, Object> before = entity.auditState();
        em.remove(entity);
        Persistence.flush(em, what());
        audit.tenant(access, AuditAction.DELETE, what(), id, Changes.deleted(before));
        stamps.raise(access.tenantId());
    }

    /** The id of the entry with this name (case-insensitive), if the municipality has one. */
    @Transactional
    public java.util.Optional<String> idByName(Caller caller, String slug, String name) {
        tenantGate.enter(caller, slug, TenantPermission.READ);
        return em.createQuery("SELECT e.id FROM " + type().getSimpleName() + " e WHERE e.nameKey = :name",
                        String.class)
                .setParameter("name", name.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Loads by id through a JPQL query, which always carries the tenant criteria. */
    protected E load(String id) {
        return em.createQuery("SELECT e FROM " + type().getSimpleName() + " e WHERE e.id = :id", type())
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(what(), id));
    }

    private Predicate[] where(CriteriaBuilder cb, Root<E> root, ListQuery query, FilterParameters parameters) {
        List<Predicate> predicates = new ArrayList<>(filters(cb, root, query, parameters));
        if (query.text() != null && !query.text().isBlank()) {
            predicates.add(cb.like(cb.lower(root.get("name")),
                    parameters.bind("text", String.class, Filters.containsPattern(query.text())), '\\'));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private void requireUniqueName(String name, String exceptId) {
        // the entries, not a COUNT: EclipseLink prepares a projection's SQL again at every execution
        boolean taken = !em.createQuery("SELECT e FROM " + type().getSimpleName()
                        + " e WHERE e.nameKey = :name AND e.id <> :id", type())
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("name", name.trim().toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", exceptId == null ? "" : exceptId)
                .getResultList().isEmpty();
        if (taken) {
            String article = "aeiou".indexOf(what().charAt(0)) >= 0 ? "An " : "A ";
            throw new ConflictException(article + what() + " named '" + name.trim() + "' already exists in this "
                    + "municipality.", "name").withCode("duplicate-name", name.trim());
        }
    }
}
