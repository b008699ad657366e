package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.SupportedLocale;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change of a municipality by a platform administrator; a missing status keeps the current one. */
public record TenantUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = SupportedLocale.REGEX, message = "must be nl-BE or en") String defaultLocale,
        TenantStatus status,
        @NotNull Long version) {
}
