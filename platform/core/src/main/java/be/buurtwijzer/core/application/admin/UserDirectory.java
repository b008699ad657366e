package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Finds people by e-mail and creates accounts; callers check who may do so. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UserDirectory {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.access.Accounts accounts;

    /** An account and, when it was created just now, its one-time password (shown once, never stored). */
    public record Account(UserAccount user, boolean created, String oneTimePassword) {
    }

    public Optional<UserAccount> byEmail(String email) {
        return accounts.byEmail(email);
    }

    public Optional<UserAccount> byId(String id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /**
     * The existing account of this address, or a new one. A new account gets {@code password}
     * when given, else a generated one-time password that is returned once.
     */
    public Account findOrCreate(String email, String displayName, String password) {
        Optional<UserAccount> existing = byEmail(email);
        if (existing.isPresent()) {
            return new Account(existing.get(), false, null);
        }
        String chosen = password != null ? password : PasswordHasher.generatePassword();
        UserAccount user = new UserAccount(email, displayName, hasher.hash(chosen), clock.instant());
        // a generated password was handed over by someone else: its owner replaces it at the first log-in
        user.setMustChangePassword(password == null);
        em.persist(user);
        return new Account(user, true, password != null ? null : chosen);
    }
}
