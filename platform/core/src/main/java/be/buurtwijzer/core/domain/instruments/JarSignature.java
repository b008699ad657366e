package be.buurtwijzer.core.domain.instruments;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Detached Ed25519 signatures over the exact bytes of a plugin jar. Keys travel as Base64 of their
 * X.509 SubjectPublicKeyInfo (what {@code PublicKey.getEncoded()} gives, or the body of a PEM
 * "PUBLIC KEY"); a key is known by the SHA-256 of that encoding.
 */
public final class JarSignature {

    private JarSignature() {
    }

    /** @throws IllegalArgumentException when the text is not an Ed25519 public key */
    public static PublicKey publicKey(String base64OrPem) {
        String body = base64OrPem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in Base64 (X.509 SubjectPublicKeyInfo)");
        }
    }

    public static String fingerprint(PublicKey key) {
        return sha256(key.getEncoded());
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static boolean verifies(PublicKey key, byte[] jar, String base64Signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(jar);
            return verifier.verify(Base64.getDecoder().decode(base64Signature.trim()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
