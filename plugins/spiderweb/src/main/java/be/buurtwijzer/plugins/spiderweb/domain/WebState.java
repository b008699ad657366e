package be.buurtwijzer.plugins.spiderweb.domain;

import java.util.List;

/** What a web shows at one moment: the actors' places and the factors' scores. Snapshots freeze one. */
public record WebState(List<Placement> placements, List<FactorScore> factors) {

    public WebState {
        placements = placements == null ? List.of() : List.copyOf(placements);
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
