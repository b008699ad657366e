package be.buurtwijzer.core.domain.instruments;

/** A release's way through review: submitted → approved or rejected; approved → deprecated or withdrawn. */
public enum ReleaseStatus {
    SUBMITTED, APPROVED, REJECTED, DEPRECATED, WITHDRAWN;

    /** Whether municipalities may run this release. Deprecated still runs, but should be replaced. */
    public boolean runnable() {
        return this == APPROVED || this == DEPRECATED;
    }
}
