package be.buurtwijzer.plugins.logbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of an indicator on a day, with where it comes from (a count at the door, a survey, the register). */
public record Measurement(String theoryId, String indicatorId, LocalDate date, BigDecimal value, String source,
        String note) {
}
