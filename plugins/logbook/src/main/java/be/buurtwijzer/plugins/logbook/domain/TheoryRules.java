package be.buurtwijzer.plugins.logbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a theory of change must be to be kept (an error, by field), what it should still get (warnings: an
 * outcome without an indicator says nothing about what to record), and how a save becomes the next version.
 */
public final class TheoryRules {

    static final int MAX_OUTCOMES = 100;
    static final int MAX_INDICATORS = 300;
    static final int MAX_LINES = 100;

    /** Something the theory should still get; {@code about} is the outcome's id, or null for the whole. */
    public record Warning(Kind kind, String about) {
        public enum Kind {
            NO_IMPACT, NO_OUTCOMES, OUTCOME_WITHOUT_INDICATOR, INDICATOR_WITHOUT_TARGET
        }
    }

    private TheoryRules() {
    }

    /**
     * The first problem as "field: what", or null when the theory can be kept. Without {@code categories} the
     * outcome kinds are not checked (a stored theory stays readable when a municipality's own kind is removed).
     */
    public static String problem(Theory t, OutcomeCategories categories) {
        if (blank(t.name())) {
            return "name: is required";
        }
        if (t.name().length() > 200) {
            return "name: is longer than 200 characters";
        }
        if (t.impact() != null && t.impact().length() > 4000) {
            return "impact: is longer than 4000 characters";
        }
        if (t.outcomes().size() > MAX_OUTCOMES) {
            return "outcomes: at most " + MAX_OUTCOMES;
        }
        if (t.indicators().size() > MAX_INDICATORS) {
            return "indicators: at most " + MAX_INDICATORS;
        }
        String lines = lines("preconditions", t.preconditions());
        if (lines == null) {
            lines = lines("activities", t.activities());
        }
        if (lines != null) {
            return lines;
        }
        Set<String> outcomeIds = new HashSet<>();
        for (int i = 0; i < t.outcomes().size(); i++) {
            Theory.Outcome o = t.outcomes().get(i);
            String at = "outcomes[" + i + "].";
            if (blank(o.id()) || o.id().length() > 64 || !outcomeIds.add(o.id())) {
                return at + "id: is required, unique and 64 characters at most";
            }
            if (blank(o.text()) || o.text().length() > 1000) {
                return at + "text: is required (1000 characters at most)";
            }
            if (o.categoryId() != null && categories != null && categories.find(o.categoryId()).isEmpty()) {
                return at + "categoryId: is not an outcome category of this municipality";
            }
        }
        Set<String> indicatorIds = new HashSet<>();
        for (int i = 0; i < t.indicators().size(); i++) {
            Theory.Indicator ind = t.indicators().get(i);
            String at = "indicators[" + i + "].";
            if (blank(ind.id()) || ind.id().length() > 64 || !indicatorIds.add(ind.id())) {
                return at + "id: is required, unique and 64 characters at most";
            }
            if (blank(ind.outcomeId()) || !outcomeIds.contains(ind.outcomeId())) {
                return at + "outcomeId: an indicator measures one of the theory's outcomes";
            }
            if (blank(ind.what()) || ind.what().length() > 300) {
                return at + "what: is required (300 characters at most)";
            }
            if (ind.unit() != null && ind.unit().length() > 50) {
                return at + "unit: is longer than 50 characters";
            }
            if (ind.how() != null && ind.how().length() > 1000) {
                return at + "how: is longer than 1000 characters";
            }
            if (ind.target() != null && (ind.target().abs().compareTo(Measurements.MAX_VALUE) > 0
                    || ind.target().stripTrailingZeros().scale() > 4)) {
                return at + "target: a number up to a billion, with four decimals at most";
            }
        }
        return null;
    }

    private static String lines(String field, List<String> lines) {
        if (lines.size() > MAX_LINES) {
            return field + ": at most " + MAX_LINES;
        }
        for (String line : lines) {
            if (blank(line) || line.length() > 1000) {
                return field + ": every line has text (1000 characters at most)";
            }
        }
        return null;
    }

    public static List<Warning> warnings(Theory t) {
        List<Warning> warnings = new ArrayList<>();
        if (blank(t.impact())) {
            warnings.add(new Warning(Warning.Kind.NO_IMPACT, null));
        }
        if (t.outcomes().isEmpty()) {
            warnings.add(new Warning(Warning.Kind.NO_OUTCOMES, null));
        }
        for (Theory.Outcome o : t.outcomes()) {
            if (t.indicators().stream().noneMatch(i -> o.id().equals(i.outcomeId()))) {
                warnings.add(new Warning(Warning.Kind.OUTCOME_WITHOUT_INDICATOR, o.id()));
            }
        }
        for (Theory.Indicator i : t.indicators()) {
            if (i.target() == null) {
                warnings.add(new Warning(Warning.Kind.INDICATOR_WITHOUT_TARGET, i.id()));
            }
        }
        return warnings;
    }

    /** The edited theory as the version after {@code previous} (the first when there is none), stamped. */
    public static Theory nextVersion(Theory previous, Theory edited, Instant at, String by) {
        return new Theory(edited.name().strip(), edited.neighbourhoodId(), previous == null ? 1 : previous.version() + 1,
                edited.impact(), edited.outcomes(), edited.indicators(), edited.preconditions(), edited.activities(), at, by);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
