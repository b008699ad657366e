package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.register.Actor;
import be.buurtwijzer.core.domain.register.Initiative;
import be.buurtwijzer.core.domain.register.Neighbourhood;
import be.buurtwijzer.plugin.api.RegisterReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The shared register as plugins see it: read-only, the ticket's municipality only. */
@ApplicationScoped
@Transactional
public class RegisterReadService {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    public List<RegisterReader.Neighbourhood> neighbourhoods(InstrumentTicket ticket) {
        tenantGate.bind(ticket.access());
        return em.createQuery("SELECT n FROM Neighbourhood n ORDER BY n.name", Neighbourhood.class).getResultList()
                .stream().map(n -> new RegisterReader.Neighbourhood(n.getId(), n.getName(), n.getKind().name())).toList();
    }

    public List<RegisterReader.Actor> actors(InstrumentTicket ticket) {
        tenantGate.bind(ticket.access());
        return em.createQuery("SELECT a FROM Actor a ORDER BY a.name", Actor.class).getResultList().stream()
                .map(a -> new RegisterReader.Actor(a.getId(), a.getName(), a.getKind().name(), a.getSector().name(),
                        a.getOperatingArea() == null ? null : a.getOperatingArea().name())).toList();
    }

    public List<RegisterReader.Initiative> initiatives(InstrumentTicket ticket) {
        tenantGate.bind(ticket.access());
        return em.createQuery("SELECT i FROM Initiative i ORDER BY i.name", Initiative.class).getResultList().stream()
                .map(i -> new RegisterReader.Initiative(i.getId(), i.getName(), i.getNeighbourhoodId(), i.getGoal(),
                        i.getStatus().name(), i.getActorIds())).toList();
    }
}
