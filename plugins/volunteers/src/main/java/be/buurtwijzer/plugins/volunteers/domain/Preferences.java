package be.buurtwijzer.plugins.volunteers.domain;

/**
 * What a municipality chose for its volunteers. Registering occasions is off unless it is switched on: the seed
 * warns against formalising neighbour help into administration and obligations (fiche J).
 */
public record Preferences(boolean registerOccasions) {
}
