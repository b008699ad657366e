package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.domain.register.Initiative;
import be.buurtwijzer.core.domain.register.InitiativeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
@Transactional
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
        if (id != null && names("Neighbourhood", Set.of(id)).isEmpty()) {
            throw InvalidInputException.of("neighbourhoodId", "no neighbourhood '" + id + "' in this municipality");
        }
        return id;
    }

    private Set<String> checkedActors(InitiativeInput in) {
        Set<String> ids = new LinkedHashSet<>(in.actorIds() == null ? List.of() : in.actorIds());
        Map<String, String> known = names("Actor", ids);
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
        Map<String, String> neighbourhoods = names("Neighbourhood", neighbourhoodIds);
        Map<String, String> actors = names("Actor", actorIds);
        return entities.stream().map(i -> new InitiativeDetails(i.getId(), i.getName(),
                i.getNeighbourhoodId() == null ? null
                        : new InitiativeDetails.Reference(i.getNeighbourhoodId(), neighbourhoods.get(i.getNeighbourhoodId())),
                i.getGoal(), i.getDescription(), i.getStatus(),
                i.getActorIds().stream().map(a -> new InitiativeDetails.Reference(a, actors.get(a))).toList(),
                i.getVersion(), i.getCreatedAt(), i.getCreatedBy(), i.getUpdatedAt(), i.getUpdatedBy())).toList();
    }

    /** Names by id of entries of this municipality; ids of other municipalities simply do not match. */
    private Map<String, String> names(String entity, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("SELECT e.id, e.name FROM " + entity + " e WHERE e.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    @Override
    protected Set<String> extraSorts() {
        return Set.of("status");
    }

    @Override
    protected List<Predicate> filters(CriteriaBuilder cb, Root<Initiative> root, ListQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        InitiativeStatus status = Filters.enumValue("status", query.filter("status"), InitiativeStatus.class);
        if (status != null) {
            predicates.add(cb.equal(root.get("status"), status));
        }
        String neighbourhood = query.filter("neighbourhoodId");
        if (neighbourhood != null) {
            predicates.add(cb.equal(root.get("neighbourhoodId"), neighbourhood));
        }
        String actor = query.filter("actorId");
        if (actor != null) {
            predicates.add(cb.isMember(actor, root.<Collection<String>>get("actorIds")));
        }
        return predicates;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
