package be.buurtwijzer.plugins.typology.domain;

/**
 * One initiative in the portfolio: its register data (status by name: IDEA, PREPARING, RUNNING,
 * PAUSED, ENDED), its typology answers (null when not yet filled in) and the type the municipality
 * settled on (null when not yet classified).
 */
public record PortfolioItem(String initiativeId, String name, String neighbourhoodId, String status, Answers answers,
        InitiativeType type) {
}
