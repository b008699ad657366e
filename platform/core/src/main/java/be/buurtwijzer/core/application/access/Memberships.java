package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.domain.tenancy.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The one home of the question "is this person a member of this municipality, and how". */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    public Optional<Membership> find(String tenantId, String userId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.tenantId = :tenant AND m.userId = :user",
                        Membership.class).setParameter("tenant", tenantId).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    /** In how many other municipalities the person is a member. */
    public long elsewhere(String userId, String tenantId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.userId = :user AND m.tenantId <> :tenant",
                Long.class).setParameter("user", userId).setParameter("tenant", tenantId).getSingleResult();
    }
}
