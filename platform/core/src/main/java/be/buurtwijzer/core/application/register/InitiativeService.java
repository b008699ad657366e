package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.domain.register.Actor;
import be.buurtwijzer.core.domain.register.Initiative;
import be.buurtwijzer.core.domain.register.InitiativeStatus;
import be.buurtwijzer.core.domain.register.Neighbourhood;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
public class InitiativeService extends RegisterService<Initiative, InitiativeInput, InitiativeDetails> {

    @Override
    protected Class<Initiative> type() {
        return Initiative.class;
    }

    @Override
    protected String what() {
        return "initiative";
    }

    @Override
    protected Initiative newEntity(TenantAccess access, InitiativeInput in) {
        return new Initiative(in.name().trim(), checkedNeighbourhood(in), in.goal(), in.description(), in.status(),
                checkedActors(in));
    }

    @Override
    protected void apply(TenantAccess access, Initiative entity, InitiativeInput in) {
        entity.change(in.name().trim(), checkedNeighbourhood(in), in.goal(), in.description(), in.status(),
                checkedActors(in));
    }

    /** The neighbourhood must exist in this municipality (the query carries the tenant criteria). */
    private String checkedNeighbourhood(InitiativeInput in) {
        String id = blankToNull(in.neighbourhoodId());
        if (id != null && neighbourhoodNames(Set.of(id)).isEmpty()) {
            throw InvalidInputException.of("neighbourhoodId", "no neighbourhood '" + id + "' in this municipality");
        }
        return id;
    }

    private Set<String> checkedActors(InitiativeInput in) {
        Set<String> ids = new LinkedHashSet<>(in.actorIds() == null ? List.of() : in.actorIds());
        Map<String, String> known = actorNames(ids);
        List<FieldViolation> unknown = new ArrayList<>();
        int index = 0;
        for (String id : in.actorIds() == null ? List.<String>of() : in.actorIds()) {
            if (!known.containsKey(id)) {
                unknown.add(new FieldViolation("actorIds[" + index + "]", "no actor '" + id + "' in this municipality"));
            }
            index++;
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return ids;
    }

    @Override
    protected InitiativeDetails view(Initiative entity) {
        return views(List.of(entity)).get(0);
    }

    @Override
    protected List<InitiativeDetails> views(List<Initiative> entities) {
        Set<String> neighbourhoodIds = new HashSet<>();
        Set<String> actorIds = new HashSet<>();
        for (Initiative i : entities) {
            if (i.getNeighbourhoodId() != null) {
                neighbourhoodIds.add(i.getNeighbourhoodId());
            }
            actorIds.addAll(i.getActorIds());
        }
        Map<String, String> neighbourhoods = neighbourhoodNames(neighbourhoodIds);
        Map<String, String> actors = actorNames(actorIds);
        return entities.stream().map(i -> new InitiativeDetails(i.getId(), i.getName(),
                i.getNeighbourhoodId() == null ? null
                        : new InitiativeDetails.Reference(i.getNeighbourhoodId(), neighbourhoods.get(i.getNeighbourhoodId())),
                i.getGoal(), i.getDescription(), i.getStatus(),
                i.getActorIds().stream().map(a -> new InitiativeDetails.Reference(a, actors.get(a))).toList(),
                i.getVersion(), i.getCreatedAt(), i.getCreatedBy(), i.getUpdatedAt(), i.getUpdatedBy())).toList();
    }

    /**
     * Names by id of entries of this municipality; ids of other municipalities simply do not match.
     * Reads the entries whole rather than (id, name) pairs: EclipseLink prepares a projection's SQL
     * again at every execution, an entity query's only once.
     */
    private <T> Map<String, String> names(Class<T> kind, Function<T, String> id, Function<T, String> name,
            Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<T> entries = em.createQuery("SELECT e FROM " + kind.getSimpleName() + " e WHERE e.id IN :ids", kind)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).setParameter("ids", ids).getResultList();
        for (T entry : entries) {
            names.put(id.apply(entry), name.apply(entry));
        }
        return names;
    }

    private Map<String, String> neighbourhoodNames(Collection<String> ids) {
        return names(Neighbourhood.class, Neighbourhood::getId, Neighbourhood::getName, ids);
    }

    private Map<String, String> actorNames(Collection<String> ids) {
        return names(Actor.class, Actor::getId, Actor::getName, ids);
    }

    @Override
    protected Set<String> extraSorts() {
        return Set.of("status");
    }

    @Override
    protected List<Predicate> filters(CriteriaBuilder cb, Root<Initiative> root, ListQuery query,
            FilterParameters parameters) {
        List<Predicate> predicates = new ArrayList<>();
        InitiativeStatus status = Filters.enumValue("status", query.filter("status"), InitiativeStatus.class);
        if (status != null) {
            predicates.add(cb.equal(root.get("status"), parameters.bind("status", InitiativeStatus.class, status)));
        }
        String neighbourhood = Filters.id("neighbourhoodId", query.filter("neighbourhoodId"));
        if (neighbourhood != null) {
            predicates.add(cb.equal(root.get("neighbourhoodId"),
                    parameters.bind("neighbourhoodId", String.class, neighbourhood)));
        }
        String actor = Filters.id("actorId", query.filter("actorId"));
        if (actor != null) {
            predicates.add(cb.isMember(parameters.bind("actorId", String.class, actor),
                    root.<Collection<String>>get("actorIds")));
        }
        return predicates;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
