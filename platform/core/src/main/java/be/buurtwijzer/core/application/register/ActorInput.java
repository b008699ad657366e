package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.ActorKind;
import be.buurtwijzer.core.domain.register.Scale;
import be.buurtwijzer.core.domain.register.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ActorInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull ActorKind kind,
        @NotNull Sector sector,
        Scale operatingArea,
        @Size(max = 4000) String description,
        @Valid ContactInput contact,
        Long version) implements RegisterInput {
}
