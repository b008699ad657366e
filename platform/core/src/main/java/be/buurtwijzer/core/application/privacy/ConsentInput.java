package be.buurtwijzer.core.application.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A consent recorded by the municipality, e.g. from a signed paper form: the purpose, the person, and the
 * exact words they agreed to with their version.
 */
public record ConsentInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "is lowercase letters, digits and dashes")
        String purpose,
        @NotBlank @Size(min = 2, max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 36) String actorId,
        @NotBlank @Size(max = 4000) String wording,
        @NotBlank @Size(max = 32) String wordingVersion) {
}
