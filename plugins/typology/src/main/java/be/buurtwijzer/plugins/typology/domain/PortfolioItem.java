package be.buurtwijzer.plugins.typology.domain;

/**
 * One initiative in the portfolio: its register data, its typology answers (null when not yet
 * filled in) and the type the municipality settled on (null when not yet classified).
 */
public record PortfolioItem(String initiativeId, String name, String neighbourhoodId, Answers answers,
        InitiativeType type) {
}
