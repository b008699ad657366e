package be.buurtwijzer.plugins.logbook.domain;

/** A version of a theory of change as it was saved, kept unchanged so that reports can use it later. */
public record TheoryVersion(String theoryId, Theory theory) {
}
