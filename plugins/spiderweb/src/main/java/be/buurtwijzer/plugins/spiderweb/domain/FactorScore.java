package be.buurtwijzer.plugins.spiderweb.domain;

/**
 * A factor's weight in one web (0 = not at play, 5 = very strong) and the step-6 worksheet about it:
 * how a stimulating factor is used; whether an inhibiting one can be removed and, when not, the
 * deviation from the ideal it forces, what that causes and how it is absorbed.
 */
public record FactorScore(String factorId, int score, String use, Boolean removable, String deviation,
        String consequence, String absorption) {
}
