package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.NeighbourhoodKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NeighbourhoodInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull NeighbourhoodKind kind,
        @Size(max = 4000) String description,
        Long version) implements RegisterInput {
}
