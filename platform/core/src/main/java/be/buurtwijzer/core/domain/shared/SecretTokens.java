package be.buurtwijzer.core.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets a link carries (invitations, password resets): 256 random bits, URL-safe. Only their
 * SHA-256 is stored, so someone who reads the database cannot use a link that is still open.
 */
public final class SecretTokens {

    /** Longer than any token this class makes: a longer one is refused before it is hashed. */
    public static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Whether this can be a token at all (else it is refused without a database query). */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
    }
}
