package be.buurtwijzer.core.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/** PBKDF2 hashing from Jakarta Security, with the parameters written down here once. */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<SharedHashes> SHARED = new ThreadLocal<>();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = pbkdf2.generate(generatePassword().toCharArray());
    }

    public String hash(String password) {
        SharedHashes shared = SHARED.get();
        return shared == null ? pbkdf2.generate(password.toCharArray())
                : shared.byFingerprint.computeIfAbsent(shared.fingerprints.of(password),
                        k -> pbkdf2.generate(password.toCharArray()));
    }

    /**
     * Until the scope is closed, this thread hashes a password it was given before to the same hash (same salt)
     * instead of spending PBKDF2 on it again: for provisioning, where one password from the environment is given to
     * hundreds of new accounts (the municipality files). Accounts that share a password share its hash, which tells
     * nothing the files did not already say; a password changed later gets its own salt. The scope keeps no
     * password, only a fingerprint of it under a key of its own.
     */
    public Scope hashEqualPasswordsOnce() {
        if (SHARED.get() != null) {
            return () -> { };
        }
        SHARED.set(new SharedHashes());
        return SHARED::remove;
    }

    /** A scope that ends without exceptions. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final class SharedHashes {
        private final Map<String, String> byFingerprint = new HashMap<>();
        private final KeyedFingerprint fingerprints = new KeyedFingerprint();
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the same time as a real check, so an unknown e-mail address cannot be told apart by timing. */
    public void verifyAgainstNothing(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }

    /** A one-time password: 16 characters without look-alikes (about 92 bits). */
    public static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
