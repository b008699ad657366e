package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record InvitationInput(@NotBlank @Email @Size(max = 254) String email, @NotNull TenantRole role) {
}
