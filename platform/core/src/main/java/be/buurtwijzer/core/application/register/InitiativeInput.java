package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.InitiativeStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record InitiativeInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 36) String neighbourhoodId,
        @Size(max = 1000) String goal,
        @Size(max = 4000) String description,
        @NotNull InitiativeStatus status,
        @Size(max = 200) List<@NotBlank @Size(max = 36) String> actorIds,
        Long version) implements RegisterInput {
}
