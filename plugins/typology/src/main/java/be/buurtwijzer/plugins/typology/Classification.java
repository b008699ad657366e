package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import java.time.Instant;

/** One decision: what the tool proposed and why, and what the user chose (with a reason when overriding). */
public record Classification(Instant at, String by, InitiativeType proposed, boolean mixed, InitiativeType alsoPointsTo,
        InitiativeType chosen, boolean overridden, String reason, String explanationNl, String explanationEn) {
}
