package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.domain.identity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The one home of the question "whose account is this e-mail address". */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    public Optional<UserAccount> byEmail(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email)).getResultStream().findFirst();
    }

    /**
     * The account as the database has it now: for the log-in, whose lock and counters are written by bulk
     * updates, maybe on another node. There is no shared cache to go past (persistence.xml).
     */
    public Optional<UserAccount> byEmailAsStored(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    public boolean exists(String email) {
        return !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.email = :email", String.class)
                .setParameter("email", UserAccount.normalizeEmail(email)).setMaxResults(1).getResultList().isEmpty();
    }
}
