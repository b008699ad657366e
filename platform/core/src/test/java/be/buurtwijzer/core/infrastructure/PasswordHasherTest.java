package be.buurtwijzer.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Salted PBKDF2 from the JDK with few iterations, counting how often it derives a key. */
    static final class CountingPbkdf2 implements Pbkdf2PasswordHash {
        final AtomicInteger derivations = new AtomicInteger();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            return Base64.getEncoder().encodeToString(salt) + ":" + derive(password, salt);
        }

        @Override
        public boolean verify(char[] password, String hashed) {
            String[] parts = hashed.split(":");
            return derive(password, Base64.getDecoder().decode(parts[0])).equals(parts[1]);
        }

        private String derive(char[] password, byte[] salt) {
            derivations.incrementAndGet();
            try {
                return Base64.getEncoder().encodeToString(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                        .generateSecret(new PBEKeySpec(password, salt, 1_000, 256)).getEncoded());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private PasswordHasher hasher;
    private CountingPbkdf2 pbkdf2;

    @BeforeEach
    void setUp() {
        pbkdf2 = new CountingPbkdf2();
        hasher = new PasswordHasher();
        hasher.pbkdf2 = pbkdf2;
        hasher.configure();
        pbkdf2.derivations.set(0);
    }

    @Test
    void outsideAScopeEveryHashHasItsOwnSalt() {
        assertNotEquals(hasher.hash("Buurtwijzer-demo-2026"), hasher.hash("Buurtwijzer-demo-2026"));
        assertEquals(2, pbkdf2.derivations.get());
    }

    @Test
    void inAScopeAPasswordGivenAgainIsHashedOnce() {
        String first;
        String again;
        String other;
        try (var once = hasher.hashEqualPasswordsOnce()) {
            first = hasher.hash("Buurtwijzer-demo-2026");
            again = hasher.hash("Buurtwijzer-demo-2026");
            other = hasher.hash("another password");
        }
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(2, pbkdf2.derivations.get(), "one derivation per distinct password");
        assertTrue(hasher.verify("Buurtwijzer-demo-2026", again) && hasher.verify("another password", other));
        assertNotEquals(first, hasher.hash("Buurtwijzer-demo-2026"), "after the scope, a fresh salt again");
    }

    @Test
    void aNestedScopeKeepsTheOuterOneAndAnotherThreadHasNone() throws InterruptedException {
        try (var outer = hasher.hashEqualPasswordsOnce()) {
            String first = hasher.hash("Buurtwijzer-demo-2026");
            try (var inner = hasher.hashEqualPasswordsOnce()) {
                assertEquals(first, hasher.hash("Buurtwijzer-demo-2026"));
            }
            assertEquals(first, hasher.hash("Buurtwijzer-demo-2026"), "the inner scope's end does not end the outer");
            String[] elsewhere = new String[1];
            Thread thread = new Thread(() -> elsewhere[0] = hasher.hash("Buurtwijzer-demo-2026"));
            thread.start();
            thread.join();
            assertNotEquals(first, elsewhere[0]);
        }
    }
}
