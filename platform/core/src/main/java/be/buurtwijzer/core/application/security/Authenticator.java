package be.buurtwijzer.core.application.security;

import be.buurtwijzer.core.application.access.AccountAtLogIn;
import be.buurtwijzer.core.application.access.InRequest;
import be.buurtwijzer.core.application.access.Memberships;
import be.buurtwijzer.core.application.access.RequestMemo;
import be.buurtwijzer.core.application.shared.Caller;

import be.buurtwijzer.core.domain.identity.LoginThrottle;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.infrastructure.KeyedFingerprint;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks e-mail and password, counts failures and locks an account after too many.
 * <p>
 * A wrong password, an unknown address and a locked account cost the same work (one PBKDF2 check
 * and one counter update) and give the same outcome to the caller, so neither the answer nor its
 * time tells whether an account exists or is locked. Failures are counted atomically in the
 * database before the password is checked ({@link LoginAttempts}).
 * <p>
 * PBKDF2 is slow on purpose (≈0.1–0.3 s), and HTTP Basic sends the password with every call. A
 * successful check is therefore remembered for a few minutes under an HMAC of (user, stored
 * hash, password) with a key that exists only in this JVM's memory; a changed password or hash
 * never matches an old entry. The checks of one account run one at a time on a node: a client
 * that opens with ten parallel calls has its password checked once (the others find it
 * remembered) instead of spending ten attempts of its allowance.
 */
@ApplicationScoped
public class Authenticator {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final String NO_SUCH_USER = "00000000-0000-0000-0000-000000000000";

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginAttempts attempts;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.access.Accounts accounts;

    @Inject
    RequestMemo memo;

    @Inject
    Memberships memberships;

    private final LoginThrottle throttle = LoginThrottle.DEFAULT;
    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();
    private final KeyedFingerprint fingerprints = new KeyedFingerprint();
    private final ReentrantLock[] perAccount = java.util.stream.IntStream.range(0, 256)
            .mapToObj(i -> new ReentrantLock()).toArray(ReentrantLock[]::new);

    public LoginResult login(String email, String password) {
        return checkedOrRemembered(email, password, null);
    }

    /**
     * The same check for a request that names a municipality (its path): a password verified a moment ago is
     * checked against the account as read with the caller's membership there, in one statement, and the tenant gate
     * of the request finds that membership read.
     */
    public LoginResult login(String email, String password, String slug) {
        return checkedOrRemembered(email, password, slug);
    }

    /** The rest of this request checks the account against this read of it. */
    private LoginResult succeeded(AccountAtLogIn account) {
        Caller caller = account.caller();
        InRequest.run(() -> memo.account().remember(caller, account.preferredLocale()));
        return LoginResult.ok(caller);
    }

    private LoginResult checkedOrRemembered(String email, String password, String slug) {
        // a password verified a moment ago needs no lock: only the slow path counts attempts and runs PBKDF2,
        // and one account's requests in parallel (an API client) must not queue behind each other
        Optional<LoginResult> remembered = remembered(email, password == null ? "" : password, slug);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        String normalised = UserAccount.normalizeEmail(email);
        ReentrantLock lock = perAccount[Math.floorMod(normalised == null ? 0 : normalised.hashCode(), perAccount.length)];
        try {
            if (!lock.tryLock(30, TimeUnit.SECONDS)) {
                return LoginResult.of(LoginResult.Outcome.INVALID);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        try {
            return verify(email, password == null ? "" : password);
        } finally {
            lock.unlock();
        }
    }

    private Optional<LoginResult> remembered(String email, String password, String slug) {
        Instant now = clock.instant();
        Optional<Memberships.MemberAtLogIn> member = slug == null || !plausible(email) ? Optional.empty()
                : memberships.ofMemberWithAccount(slug, email);
        Optional<AccountAtLogIn> found = member.isPresent() ? member.map(Memberships.MemberAtLogIn::account)
                : findByEmail(email).map(AccountAtLogIn::of);
        if (found.isEmpty() || found.get().isLocked(now)
                || !rememberedAt(cacheKey(found.get().id(), found.get().passwordHash(), password), now)) {
            return Optional.empty();
        }
        if (found.get().failedLogins() > 0) {
            attempts.succeeded(found.get().id());
        }
        member.ifPresent(m -> InRequest.run(() -> memo.gate().prefetch(slug, m.account().id(), m.membership())));
        return Optional.of(succeeded(found.get()));
    }

    private LoginResult verify(String email, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = findByEmail(email);
        if (found.isEmpty()) {
            attempts.reserve(NO_SUCH_USER, now, throttle);
            hasher.verifyAgainstNothing(password);
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        UserAccount user = found.get();
        String key = cacheKey(user.getId(), user.getPasswordHash(), password);
        if (!user.isLocked(now) && rememberedAt(key, now)) {
            if (user.getFailedLogins() > 0) {
                attempts.succeeded(user.getId());
            }
            return succeeded(AccountAtLogIn.of(user));
        }
        if (!attempts.reserve(user.getId(), now, throttle)) {
            hasher.verifyAgainstNothing(password);
            return LoginResult.of(LoginResult.Outcome.LOCKED);
        }
        if (hasher.verify(password, user.getPasswordHash())) {
            attempts.succeeded(user.getId());
            remember(key, now);
            return succeeded(AccountAtLogIn.of(user));
        }
        recentlyVerified.remove(key);
        return LoginResult.of(attempts.failed(user.getId(), now) ? LoginResult.Outcome.LOCKED
                : LoginResult.Outcome.INVALID);
    }

    private boolean rememberedAt(String key, Instant now) {
        Instant verifiedAt = recentlyVerified.get(key);
        return verifiedAt != null && verifiedAt.plus(REMEMBER).isAfter(now);
    }

    private void remember(String key, Instant now) {
        if (recentlyVerified.size() > 10_000) {
            recentlyVerified.clear();
        }
        recentlyVerified.put(key, now);
    }

    private String cacheKey(String userId, String passwordHash, String password) {
        return fingerprints.of(userId + '\n' + passwordHash + '\n' + password);
    }

    private Optional<UserAccount> findByEmail(String email) {
        return plausible(email) ? accounts.byEmailAsStored(email) : Optional.empty();
    }

    private static boolean plausible(String email) {
        return email != null && !email.isBlank() && email.length() <= 254;
    }
}
