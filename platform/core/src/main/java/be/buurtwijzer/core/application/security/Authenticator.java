package be.buurtwijzer.core.application.security;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.identity.LoginThrottle;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks e-mail and password, counts failures and locks an account after too many.
 * <p>
 * PBKDF2 is slow on purpose (≈0.1–0.3 s), and HTTP Basic sends the password with every call. A
 * successful check is therefore remembered for a few minutes under an HMAC of (user, stored
 * hash, password) with a key that exists only in this JVM's memory; a changed password or hash
 * never matches an old entry.
 */
@ApplicationScoped
public class Authenticator {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    private final LoginThrottle throttle = LoginThrottle.DEFAULT;
    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new SecureRandom().generateSeed(32);

    @Transactional
    public LoginResult login(String email, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyAgainstNothing(password);
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        UserAccount user = found.get();
        if (user.isLocked(now)) {
            return LoginResult.of(LoginResult.Outcome.LOCKED);
        }
        if (passwordMatches(user, password, now)) {
            user.loginSucceeded();
            return LoginResult.ok(callerOf(user));
        }
        user.loginFailed(now, throttle);
        return LoginResult.of(user.isLocked(now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
    }

    private boolean passwordMatches(UserAccount user, String password, Instant now) {
        String key = cacheKey(user, password);
        Instant verifiedAt = recentlyVerified.get(key);
        if (verifiedAt != null && verifiedAt.plus(REMEMBER).isAfter(now)) {
            return true;
        }
        boolean matches = hasher.verify(password, user.getPasswordHash());
        if (matches) {
            if (recentlyVerified.size() > 10_000) {
                recentlyVerified.clear();
            }
            recentlyVerified.put(key, now);
        } else {
            recentlyVerified.remove(key);
        }
        return matches;
    }

    private String cacheKey(UserAccount user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            String material = user.getId() + '\n' + user.getPasswordHash() + '\n' + password;
            return HexFormat.of().formatHex(mac.doFinal(material.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private Optional<UserAccount> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    private static Caller callerOf(UserAccount user) {
        return new Caller(user.getId(), user.getEmail(), user.getDisplayName(), user.getPlatformRole(), false);
    }

}
