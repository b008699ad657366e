package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;

/**
 * What the rules say about booking an allowance: allowed, allowed with a warning, or refused; with the room
 * left under the caps after it (or now, when refused). Room is null where no cap applies.
 *
 * @param field the input field a refusal is about ("amount", "date", "type", "km")
 */
public record AllowanceDecision(Outcome outcome, String field, be.buurtwijzer.plugin.api.Text message, BigDecimal roomToday,
        BigDecimal roomThisYear, Integer kmLeftThisYear) {

    public enum Outcome {
        ALLOWED, WARNED, REFUSED
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }
}
