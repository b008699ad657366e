package be.buurtwijzer.plugins.logbook.domain;

/** How a municipality's reports look: its logo on the first page, if it gave one. */
public record ReportSettings(String logoFileId) {
}
