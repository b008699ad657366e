package be.buurtwijzer.core.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a text under a random key that exists only in this object: a way to recognise a secret seen
 * before (a password, credentials) without keeping the secret, and without the fingerprint meaning anything
 * outside this memory.
 */
public final class KeyedFingerprint {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public KeyedFingerprint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
