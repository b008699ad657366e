package be.buurtwijzer.core.application.security;

import be.buurtwijzer.core.domain.identity.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Counts log-in attempts in the database, each in a short transaction of its own, with statements
 * that read and write the counter in one step: concurrent guesses (on one node or several) can
 * neither lose a count nor slip past the limit. A password check may only run after an attempt was
 * reserved, so at most {@link LoginThrottle#maxFailures()} checks run before the lock, however many
 * arrive at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginAttempts {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    /**
     * Takes one attempt for the account, unless it is locked. The attempt that reaches the limit
     * locks the account at once; a correct password then unlocks it again ({@link #succeeded}).
     *
     * @return whether a password check may run
     */
    public boolean reserve(String userId, Instant now, LoginThrottle throttle) {
        em.createQuery("UPDATE UserAccount u SET u.failedLogins = 0, u.lockedUntil = NULL "
                        + "WHERE u.id = :id AND u.lockedUntil IS NOT NULL AND u.lockedUntil <= :now")
                .setParameter("id", userId).setParameter("now", now).executeUpdate();
        // lockedUntil is assigned before failedLogins: MySQL evaluates assignments left to right
        int reserved = em.createQuery("UPDATE UserAccount u SET "
                        + "u.lockedUntil = CASE WHEN u.failedLogins + 1 >= :max THEN :until ELSE NULL END, "
                        + "u.failedLogins = u.failedLogins + 1 "
                        + "WHERE u.id = :id AND u.lockedUntil IS NULL AND u.failedLogins < :max")
                .setParameter("max", throttle.maxFailures())
                .setParameter("until", now.plus(throttle.lockDuration()))
                .setParameter("id", userId).executeUpdate();
        return reserved == 1;
    }

    /** The password was right: the count starts again and a lock taken by this very attempt is lifted. */
    public void succeeded(String userId) {
        em.createQuery("UPDATE UserAccount u SET u.failedLogins = 0, u.lockedUntil = NULL "
                        + "WHERE u.id = :id AND (u.failedLogins > 0 OR u.lockedUntil IS NOT NULL)")
                .setParameter("id", userId).executeUpdate();
    }

    /** The password was wrong: if the account is now locked, its owner is told at the next log-in. */
    public boolean failed(String userId, Instant now) {
        return em.createQuery("UPDATE UserAccount u SET u.lockNoticeAt = :now "
                        + "WHERE u.id = :id AND u.lockedUntil IS NOT NULL AND u.lockedUntil > :now")
                .setParameter("id", userId).setParameter("now", now).executeUpdate() == 1;
    }

    /** A fresh read of the counters (for tests and the owner's notice); there is no shared cache. */
    public Object[] counters(String userId) {
        return (Object[]) em.createQuery("SELECT u.failedLogins, u.lockedUntil, u.lockNoticeAt FROM UserAccount u "
                        + "WHERE u.id = :id")
                .setParameter("id", userId)
                .getSingleResult();
    }
}
