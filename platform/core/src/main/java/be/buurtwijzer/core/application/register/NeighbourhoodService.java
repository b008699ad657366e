package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.domain.register.Neighbourhood;
import be.buurtwijzer.core.domain.register.NeighbourhoodKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class NeighbourhoodService extends RegisterService<Neighbourhood, NeighbourhoodInput, NeighbourhoodDetails> {

    @Override
    protected Class<Neighbourhood> type() {
        return Neighbourhood.class;
    }

    @Override
    protected String what() {
        return "neighbourhood";
    }

    @Override
    protected Neighbourhood newEntity(TenantAccess access, NeighbourhoodInput in) {
        return new Neighbourhood(in.name().trim(), in.kind(), in.description());
    }

    @Override
    protected void apply(TenantAccess access, Neighbourhood entity, NeighbourhoodInput in) {
        entity.change(in.name().trim(), in.kind(), in.description());
    }

    @Override
    protected NeighbourhoodDetails view(Neighbourhood entity) {
        return NeighbourhoodDetails.of(entity);
    }

    @Override
    protected Set<String> extraSorts() {
        return Set.of("kind");
    }

    @Override
    protected List<Predicate> filters(CriteriaBuilder cb, Root<Neighbourhood> root, ListQuery query,
            FilterParameters parameters) {
        List<Predicate> predicates = new ArrayList<>();
        NeighbourhoodKind kind = Filters.enumValue("kind", query.filter("kind"), NeighbourhoodKind.class);
        if (kind != null) {
            predicates.add(cb.equal(root.get("kind"), parameters.bind("kind", NeighbourhoodKind.class, kind)));
        }
        return predicates;
    }

    @Override
    protected void checkDeletable(Neighbourhood entity) {
        List<String> users = em.createQuery("SELECT i.name FROM Initiative i WHERE i.neighbourhoodId = :id ORDER BY i.name",
                        String.class)
                .setParameter("id", entity.getId()).setMaxResults(5).getResultList();
        if (!users.isEmpty()) {
            throw new ConflictException("The neighbourhood '" + entity.getName() + "' is still the neighbourhood of "
                    + "these initiatives: " + String.join(", ", users) + ". Change them first; nothing was deleted.")
                    .withCode("in-use", entity.getName(), String.join(", ", users));
        }
    }
}
