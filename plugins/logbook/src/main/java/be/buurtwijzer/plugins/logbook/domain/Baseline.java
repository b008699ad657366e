package be.buurtwijzer.plugins.logbook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The neighbourhood as it was before the work started (beginsituatie): dated figures with their source and a
 * narrative. Once confirmed it is frozen, so that later reports compare against the same start.
 */
public record Baseline(String neighbourhoodId, LocalDate date, List<Figure> figures, String narrative,
        Instant confirmedAt, String confirmedBy) {

    public Baseline {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A figure of the start, e.g. 23 % of residents aged 65 or older, population register, 01/01/2025. */
    public record Figure(String label, BigDecimal value, String unit, String source, LocalDate date) {
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
