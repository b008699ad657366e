package be.buurtwijzer.plugins.logbook.domain;

import java.time.Instant;

/** What a baseline must be, and its freezing: a confirmed baseline is never changed again. */
public final class BaselineRules {

    static final int MAX_FIGURES = 100;

    private BaselineRules() {
    }

    public static String problem(Baseline b) {
        if (b.neighbourhoodId() == null || b.neighbourhoodId().isBlank()) {
            return "neighbourhoodId: is required";
        }
        if (b.date() == null) {
            return "date: is required: the day the baseline describes";
        }
        if (b.narrative() != null && b.narrative().length() > 20_000) {
            return "narrative: is longer than 20000 characters";
        }
        if (b.figures().size() > MAX_FIGURES) {
            return "figures: at most " + MAX_FIGURES;
        }
        for (int i = 0; i < b.figures().size(); i++) {
            Baseline.Figure f = b.figures().get(i);
            String at = "figures[" + i + "].";
            if (f.label() == null || f.label().isBlank() || f.label().length() > 300) {
                return at + "label: is required (300 characters at most)";
            }
            if (f.value() == null || f.value().abs().compareTo(Measurements.MAX_VALUE) > 0
                    || f.value().stripTrailingZeros().scale() > 4) {
                return at + "value: a number up to a billion, with four decimals at most";
            }
            if (f.unit() != null && f.unit().length() > 50) {
                return at + "unit: is longer than 50 characters";
            }
            if (f.source() == null || f.source().isBlank() || f.source().length() > 300) {
                return at + "source: is required (300 characters at most)";
            }
            if (f.date() == null) {
                return at + "date: is required: the day the figure describes";
            }
        }
        if ((b.narrative() == null || b.narrative().isBlank()) && b.figures().isEmpty()) {
            return "figures: give at least one figure or a narrative";
        }
        return null;
    }

    /** Why the stored baseline may not become {@code edited}, or null. */
    public static String change(Baseline stored, Baseline edited) {
        if (stored != null && stored.confirmed()) {
            return "confirmedAt: this baseline was confirmed and is frozen; later reports compare against it";
        }
        if (stored != null && !stored.neighbourhoodId().equals(edited.neighbourhoodId())) {
            return "neighbourhoodId: a baseline stays with its neighbourhood";
        }
        return null;
    }

    public static Baseline confirm(Baseline b, Instant at, String by) {
        return new Baseline(b.neighbourhoodId(), b.date(), b.figures(), b.narrative(), at, by);
    }
}
