package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.domain.register.Actor;
import be.buurtwijzer.core.domain.register.ActorKind;
import be.buurtwijzer.core.domain.register.ContactDetails;
import be.buurtwijzer.core.domain.register.Scale;
import be.buurtwijzer.core.domain.register.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ActorService extends RegisterService<Actor, ActorInput, ActorDetails> {

    @Override
    protected Class<Actor> type() {
        return Actor.class;
    }

    @Override
    protected String what() {
        return "actor";
    }

    @Override
    protected Actor newEntity(TenantAccess access, ActorInput in) {
        return new Actor(in.name().trim(), in.kind(), in.sector(), in.operatingArea(), in.description(), contact(in));
    }

    @Override
    protected void apply(TenantAccess access, Actor entity, ActorInput in) {
        entity.change(in.name().trim(), in.kind(), in.sector(), in.operatingArea(), in.description(), contact(in));
    }

    private static ContactDetails contact(ActorInput in) {
        ContactInput c = in.contact();
        return c == null ? null : new ContactDetails(c.person(), c.email(), c.phone(), c.address(), c.website());
    }

    @Override
    protected ActorDetails view(Actor entity) {
        return ActorDetails.of(entity);
    }

    @Override
    protected Set<String> extraSorts() {
        return Set.of("kind", "sector", "operatingArea");
    }

    @Override
    protected List<Predicate> filters(CriteriaBuilder cb, Root<Actor> root, ListQuery query,
            FilterParameters parameters) {
        List<Predicate> predicates = new ArrayList<>();
        ActorKind kind = Filters.enumValue("kind", query.filter("kind"), ActorKind.class);
        Sector sector = Filters.enumValue("sector", query.filter("sector"), Sector.class);
        Scale area = Filters.enumValue("operatingArea", query.filter("operatingArea"), Scale.class);
        if (kind != null) {
            predicates.add(cb.equal(root.get("kind"), parameters.bind("kind", ActorKind.class, kind)));
        }
        if (sector != null) {
            predicates.add(cb.equal(root.get("sector"), parameters.bind("sector", Sector.class, sector)));
        }
        if (area != null) {
            predicates.add(cb.equal(root.get("operatingArea"), parameters.bind("operatingArea", Scale.class, area)));
        }
        return predicates;
    }

    @Override
    protected void checkDeletable(Actor entity) {
        List<String> users = em.createQuery(
                        "SELECT i.name FROM Initiative i JOIN i.actorIds a WHERE a = :id ORDER BY i.name", String.class)
                .setParameter("id", entity.getId()).setMaxResults(5).getResultList();
        if (!users.isEmpty()) {
            throw new ConflictException("The actor '" + entity.getName() + "' is still involved in these initiatives: "
                    + String.join(", ", users) + ". Remove it from them first; nothing was deleted.")
                    .withCode("in-use", entity.getName(), String.join(", ", users));
        }
    }
}
