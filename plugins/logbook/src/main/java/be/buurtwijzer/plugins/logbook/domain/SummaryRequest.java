package be.buurtwijzer.plugins.logbook.domain;

/** Which year to summarise; null means all years. */
public record SummaryRequest(Integer year) {
}
