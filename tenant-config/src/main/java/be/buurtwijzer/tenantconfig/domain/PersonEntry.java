package be.buurtwijzer.tenantconfig.domain;

import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person in a tenant file. {@code role} is only read for members (administrators are always
 * TENANT_ADMIN). {@code passwordEnv} names an environment variable holding the initial password
 * of a new account; without it a one-time password is generated and logged once.
 */
public record PersonEntry(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        TenantRole role,
        @Pattern(regexp = "[A-Z_][A-Z0-9_]*", message = "must be the name of an environment variable") String passwordEnv) {
}
