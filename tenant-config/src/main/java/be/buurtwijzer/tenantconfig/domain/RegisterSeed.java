package be.buurtwijzer.tenantconfig.domain;

import be.buurtwijzer.core.application.register.ActorInput;
import be.buurtwijzer.core.application.register.NeighbourhoodInput;
import be.buurtwijzer.core.domain.register.InitiativeStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Register entries a tenant starts with. Each is created when the municipality has no entry of
 * that name yet and is never overwritten afterwards: from then on it belongs to its users.
 */
public record RegisterSeed(
        List<@Valid NeighbourhoodInput> neighbourhoods,
        List<@Valid ActorInput> actors,
        List<@Valid InitiativeSeed> initiatives) {

    public RegisterSeed {
        neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
        actors = actors == null ? List.of() : List.copyOf(actors);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }

    /** An initiative that refers to its neighbourhood and actors by name. */
    public record InitiativeSeed(
            @NotBlank @Size(max = 200) String name,
            String neighbourhood,
            @Size(max = 1000) String goal,
            @Size(max = 4000) String description,
            @NotNull InitiativeStatus status,
            List<String> actors) {

        public InitiativeSeed {
            actors = actors == null ? List.of() : List.copyOf(actors);
        }
    }
}
