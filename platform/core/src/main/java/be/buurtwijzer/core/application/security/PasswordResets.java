package be.buurtwijzer.core.application.security;

import be.buurtwijzer.core.application.access.CallerCheck;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.mail.MailAfterCommit;
import be.buurtwijzer.core.application.mail.MailTexts;
import be.buurtwijzer.core.application.mail.PublicLinks;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.GoneException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.PasswordReset;
import be.buurtwijzer.core.domain.identity.PasswordRule;
import be.buurtwijzer.core.domain.identity.ResetLimit;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.shared.SecretTokens;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Forgot your password?": a link by e-mail to the owner of an address. Whoever asks gets the same
 * answer whether or not the address has an account, has asked too often or could not be mailed; the
 * mail leaves after the commit, on another thread, so the time of the answer does not tell either.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    /** Used and expired links are kept this long (for the rate limit and a look afterwards), then deleted. */
    private static final Duration KEEP = Duration.ofDays(1);

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    MailAfterCommit mail;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.access.Accounts accounts;

    private final ResetLimit limit = ResetLimit.DEFAULT;

    /** Mails a link to the address if it has an account and has not had too many already; else nothing. */
    public void request(String email) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of("email", "an e-mail address is required").withCode("email-required");
        }
        String address = UserAccount.normalizeEmail(email);
        if (address.length() > 254) {
            return;
        }
        Optional<UserAccount> found = accounts.byEmail(address);
        if (found.isEmpty()) {
            return;
        }
        // one request at a time per account, so that parallel requests cannot pass the limit together
        UserAccount user = em.find(UserAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        em.createQuery("DELETE FROM PasswordReset r WHERE r.userId = :user AND r.createdAt < :old")
                .setParameter("user", user.getId()).setParameter("old", now.minus(KEEP)).executeUpdate();
        long recent = em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.userId = :user "
                        + "AND r.createdAt > :since", Long.class)
                .setParameter("user", user.getId()).setParameter("since", limit.countSince(now)).getSingleResult();
        if (!limit.allowsAnother(recent)) {
            LOG.info(() -> "Password reset not mailed: " + limit.maxMails() + " links in the last hour already "
                    + "(account " + user.getId() + ")");
            return;
        }
        String token = SecretTokens.newToken();
        em.persist(new PasswordReset(user, SecretTokens.hash(token), now));
        Conflicts.flush(em, "password reset");
        mail.send(MailTexts.passwordReset(user.getEmail(), user.getPreferredLocale(), user.getDisplayName(),
                PasswordReset.VALID_FOR, links.passwordReset(token)));
    }

    /** Whether the link can still be used, for the page it opens (before the person types anything). */
    public PasswordReset.Status status(String token) {
        PasswordReset reset = byToken(token, false);
        return reset.status(clock.instant(), em.find(UserAccount.class, reset.getUserId()));
    }

    /**
     * Sets the new password (the usual password rule applies), lifts a lock and ends every other link
     * and every session of the account.
     */
    public void reset(String token, String password, Locale locale) {
        PasswordReset reset = byToken(token, true);
        UserAccount user = em.find(UserAccount.class, reset.getUserId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean dutch = locale != null && "nl".equals(locale.getLanguage());
        switch (reset.status(now, user)) {
            case USED, SUPERSEDED -> throw new GoneException(dutch
                    ? "Deze link werd al gebruikt (of het wachtwoord is intussen gewijzigd); vraag een nieuwe aan."
                    : "This link has been used already (or the password was changed since); ask for a new one.",
                    "token").withCode("password-reset-used");
            case EXPIRED -> throw new GoneException(dutch
                    ? "Deze link is verlopen (hij is " + PasswordReset.VALID_FOR.toMinutes()
                            + " minuten geldig); vraag een nieuwe aan."
                    : "This link has expired (it is valid for " + PasswordReset.VALID_FOR.toMinutes()
                            + " minutes); ask for a new one.", "token").withCode("password-reset-expired");
            case OPEN -> {
                // go on
            }
        }
        String chosen = password == null ? "" : password;
        PasswordRule.problem(chosen, List.of(user.getEmail(), user.getDisplayName()), locale).ifPresent(problem -> {
            throw InvalidInputException.of("password", problem).withCode("password-weak", problem);
        });
        reset.apply(user, hasher.hash(chosen), now);
        Conflicts.flush(em, "account");
        audit.platform(CallerCheck.of(user), AuditAction.UPDATE, "password", user.getId(), null,
                Changes.between(Map.of("password", "(old)"), Map.of("password", "(reset with a link by e-mail)")));
    }

    private PasswordReset byToken(String token, boolean lock) {
        if (!SecretTokens.plausible(token)) {
            throw unknown();
        }
        var query = em.createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", SecretTokens.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(PasswordResets::unknown);
    }

    private static NotFoundException unknown() {
        return new NotFoundException("password reset link", "").withCode("password-reset-unknown");
    }
}
