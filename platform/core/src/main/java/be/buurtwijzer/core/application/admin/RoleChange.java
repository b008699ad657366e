package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.validation.constraints.NotNull;

public record RoleChange(@NotNull TenantRole role, @NotNull Long version) {
}
