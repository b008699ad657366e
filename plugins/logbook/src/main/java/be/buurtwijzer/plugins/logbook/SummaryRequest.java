package be.buurtwijzer.plugins.logbook;

/** Which year to summarise; null means all years. */
public record SummaryRequest(Integer year) {
}
