package be.buurtwijzer.plugins.logbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What a measurement must be, and an indicator's values over time. */
public final class Measurements {

    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000");

    private Measurements() {
    }

    /** The first problem as "field: what", or null. The indicator must be one of the theory's current version. */
    public static String problem(Measurement m, Theory theory, LocalDate today) {
        if (m.theoryId() == null || m.theoryId().isBlank()) {
            return "theoryId: is required";
        }
        if (m.indicatorId() == null || theory == null || theory.indicator(m.indicatorId()).isEmpty()) {
            return "indicatorId: is not an indicator of this theory of change";
        }
        if (m.date() == null) {
            return "date: is required";
        }
        if (m.date().isAfter(today)) {
            return "date: lies in the future";
        }
        if (m.value() == null) {
            return "value: is required";
        }
        if (m.value().abs().compareTo(MAX_VALUE) > 0 || m.value().stripTrailingZeros().scale() > 4) {
            return "value: a number up to a billion, with four decimals at most";
        }
        if (m.source() == null || m.source().isBlank() || m.source().length() > 300) {
            return "source: is required (300 characters at most): where does this number come from?";
        }
        if (m.note() != null && m.note().length() > 2000) {
            return "note: is longer than 2000 characters";
        }
        return null;
    }

    /**
     * What a stored measurement must be whatever became of its theory since (an indicator removed later leaves
     * its measurements readable): an indicator, a day, a value and a source within their limits.
     */
    public static String shape(Measurement m) {
        if (m.theoryId() == null || m.theoryId().isBlank()) {
            return "theoryId: is required";
        }
        if (m.indicatorId() == null || m.indicatorId().isBlank()) {
            return "indicatorId: is required";
        }
        if (m.date() == null) {
            return "date: is required";
        }
        if (m.value() == null) {
            return "value: is required";
        }
        if (m.source() == null || m.source().isBlank()) {
            return "source: is required";
        }
        return null;
    }

    /** The values of one indicator between two days (both included, either open), oldest first. */
    public static List<Measurement> series(List<Measurement> all, String indicatorId, LocalDate from, LocalDate to) {
        return all.stream().filter(m -> m.indicatorId().equals(indicatorId))
                .filter(m -> (from == null || !m.date().isBefore(from)) && (to == null || !m.date().isAfter(to)))
                .sorted(Comparator.comparing(Measurement::date)).toList();
    }

    public static Optional<Measurement> latest(List<Measurement> series) {
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
    }
}
