package be.buurtwijzer.plugins.logbook.domain;

import java.time.LocalDate;

/**
 * One line of the progress log: a number (how many residents came) or a story (what happened),
 * optionally tied to an indicator of the theory of change (seed 001, sheet L).
 */
public record Entry(LocalDate date, String title, String text, EntryType type, Integer count, String indicator) {

    public enum EntryType {
        NUMBER, STORY
    }
}
