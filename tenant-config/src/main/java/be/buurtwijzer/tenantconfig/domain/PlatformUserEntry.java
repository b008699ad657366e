package be.buurtwijzer.tenantconfig.domain;

import be.buurtwijzer.core.domain.identity.PlatformRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PlatformUserEntry(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull PlatformRole platformRole,
        @Pattern(regexp = "[A-Z_][A-Z0-9_]*", message = "must be the name of an environment variable") String passwordEnv,
        @Size(max = 200) String organisation) {
}
