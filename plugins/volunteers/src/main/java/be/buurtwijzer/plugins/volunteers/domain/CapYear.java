package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;

/**
 * The legal caps of one calendar year, as configured data with their source, never constants in code.
 *
 * @param perDay the flat-rate allowance's cap per day
 * @param perYear the flat-rate allowance's cap per calendar year, over all organisations together
 * @param increasedPerYear the higher yearly cap of the categories the law names; null when not configured
 * @param transportKmPerYear how many kilometres of real transport costs combine with the flat rate; null when
 *     not configured
 * @param source where the figures come from
 */
public record CapYear(int year, BigDecimal perDay, BigDecimal perYear, BigDecimal increasedPerYear,
        Integer transportKmPerYear, String source) {

    public CapYear {
        if (perDay == null || perYear == null || perDay.signum() <= 0 || perYear.signum() <= 0) {
            throw new IllegalArgumentException("a year's caps need a positive cap per day and per year");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a year's caps need their source");
        }
        perDay = Money.cents(perDay);
        perYear = Money.cents(perYear);
        increasedPerYear = increasedPerYear == null ? null : Money.cents(increasedPerYear);
    }

    /** The yearly cap that holds for a volunteer; null when theirs is the increased one and none is configured. */
    public BigDecimal yearCap(boolean increased) {
        return increased ? increasedPerYear : perYear;
    }
}
