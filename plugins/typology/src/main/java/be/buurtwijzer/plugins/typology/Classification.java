package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import java.time.Instant;
import java.util.List;

/**
 * One decision: what the tool proposed and why, and what the user chose (with a reason when overriding).
 * When the proposal was a tie, {@code proposed} is null and {@code tiedWith} names the tied types.
 */
public record Classification(Instant at, String by, InitiativeType proposed, boolean mixed, InitiativeType alsoPointsTo,
        InitiativeType chosen, boolean overridden, String reason, String explanationNl, String explanationEn,
        List<InitiativeType> tiedWith) {

    public Classification {
        tiedWith = tiedWith == null ? List.of() : List.copyOf(tiedWith);
    }
}
