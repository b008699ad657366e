package be.buurtwijzer.plugins.logbook.domain;

import java.util.Map;

/** Totals of the log: how many numbers and stories, and the sum per indicator. */
public record Summary(int entries, int numbers, int stories, Map<String, Long> totalsByIndicator) {
}
