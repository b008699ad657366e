package be.buurtwijzer.plugins.logbook.domain;

/** What a section of a report template holds. */
public enum SectionKind {
    /** Free text the coordinator writes for this report, with the template's guidance. */
    TEXT,
    /** The confirmed baselines of the neighbourhoods. */
    BASELINE,
    /** The theory of change: impact, outcomes, preconditions, activities, indicators. */
    THEORY,
    /** The indicators with their latest values against their targets, and a chart of each over time. */
    INDICATORS,
    /** Stories of the period, those with evidence of an outcome first. */
    STORIES,
    /** A fragment of another instrument, rendered by the platform. */
    FRAGMENT
}
