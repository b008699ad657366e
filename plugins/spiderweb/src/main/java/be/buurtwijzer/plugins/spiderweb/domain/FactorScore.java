package be.buurtwijzer.plugins.spiderweb.domain;

/**
 * A factor's weight in one web (0 = not at play, 5 = very strong) and the step-6 worksheet about it:
 * how a stimulating factor is used; whether an inhibiting one can be removed and, when not, the
 * deviation from the ideal it forces, what that causes and how it is absorbed.
 */
public record FactorScore(String factorId, int score, String use, Boolean removable, String deviation,
        String consequence, String absorption) {

    /** A factor scored for the first time: nothing worked out yet. */
    public static FactorScore of(String factorId, int score) {
        return new FactorScore(factorId, score, null, null, null, null, null);
    }

    /** Another score; what the worksheet says about the factor stays. */
    public FactorScore withScore(int newScore) {
        return new FactorScore(factorId, newScore, use, removable, deviation, consequence, absorption);
    }

    public FactorScore withUse(String newUse) {
        return new FactorScore(factorId, score, newUse, removable, deviation, consequence, absorption);
    }

    public FactorScore withRemovable(Boolean newRemovable) {
        return new FactorScore(factorId, score, use, newRemovable, deviation, consequence, absorption);
    }

    public FactorScore withDeviation(String newDeviation) {
        return new FactorScore(factorId, score, use, removable, newDeviation, consequence, absorption);
    }

    public FactorScore withConsequence(String newConsequence) {
        return new FactorScore(factorId, score, use, removable, deviation, newConsequence, absorption);
    }

    public FactorScore withAbsorption(String newAbsorption) {
        return new FactorScore(factorId, score, use, removable, deviation, consequence, newAbsorption);
    }
}
