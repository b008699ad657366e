package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One time a volunteer took on a task, with the hours if the municipality wants them. Registered only where the
 * municipality chose to: the seed warns against turning neighbour help into administration.
 */
public record Occasion(String roleId, String volunteerId, LocalDate date, BigDecimal hours) {
}
