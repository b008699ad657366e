package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One allowance paid to a volunteer on a day.
 *
 * @param km the kilometres of real transport costs; only for {@link AllowanceType#REAL_TRANSPORT}
 */
public record Booking(String volunteerId, LocalDate date, AllowanceType type, BigDecimal amount, Integer km,
        String description) {
}
