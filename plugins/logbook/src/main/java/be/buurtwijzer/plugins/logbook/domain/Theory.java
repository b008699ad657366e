package be.buurtwijzer.plugins.logbook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The theory of change (veranderingstheorie) of one caring neighbourhood: the ultimate impact, the intermediate
 * outcomes (each of a category of Figuur 3 or the municipality's own), the preconditions, the activities, and
 * the indicators that say what to record for each outcome. Every save is a new version; the earlier ones are
 * kept, so a report can say which version it used.
 */
public record Theory(String name, String neighbourhoodId, int version, String impact, List<Outcome> outcomes,
        List<Indicator> indicators, List<String> preconditions, List<String> activities, Instant savedAt,
        String savedBy) {

    public Theory {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** An intermediate outcome, e.g. "Buurtbewoners helpen elkaar" in the category social relations. */
    public record Outcome(String id, String categoryId, String text) {
    }

    /**
     * What to measure for an outcome, e.g. "bewoners op de buurtsoep", unit "bewoners", target 40, counted at
     * the door, monthly.
     */
    public record Indicator(String id, String outcomeId, String what, String unit, BigDecimal target, String how,
            Frequency frequency) {
    }

    public java.util.Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public java.util.Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
