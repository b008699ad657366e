package be.buurtwijzer.core.application.subscriptions;

import be.buurtwijzer.core.domain.instruments.Subscription;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The one home of the queries on subscriptions; the services and gates ask here. */
@ApplicationScoped
public class Subscriptions {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    /** Every subscription row of a municipality (unsubscribed ones too), in plugin id order. */
    public List<Subscription> ofMunicipality(String tenantId) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.tenantId = :tenant ORDER BY s.pluginId",
                Subscription.class).setParameter("tenant", tenantId).getResultList();
    }

    public Optional<Subscription> find(String tenantId, String pluginId) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.tenantId = :tenant AND s.pluginId = :plugin",
                        Subscription.class).setParameter("tenant", tenantId).setParameter("plugin", pluginId)
                .getResultStream().findFirst();
    }

    /** How many municipalities are subscribed to a plugin now. */
    public long subscribedTo(String pluginId) {
        return em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.pluginId = :p AND s.unsubscribedAt IS NULL",
                Long.class).setParameter("p", pluginId).getSingleResult();
    }

    /** Unsubscribed before {@code limit}, in municipalities that are not closed (those are kept as they are). */
    public List<Subscription> unsubscribedBefore(Instant limit) {
        return em.createQuery("SELECT s FROM Subscription s, Tenant t WHERE t.id = s.tenantId AND t.status <> :closed "
                        + "AND s.unsubscribedAt IS NOT NULL AND s.unsubscribedAt < :limit", Subscription.class)
                .setParameter("closed", TenantStatus.CLOSED).setParameter("limit", limit).getResultList();
    }
}
