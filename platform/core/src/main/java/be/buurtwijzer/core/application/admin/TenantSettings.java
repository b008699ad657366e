package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.SupportedLocale;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a tenant administrator may change about their own municipality. */
public record TenantSettings(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = SupportedLocale.REGEX, message = "must be nl-BE or en") String defaultLocale,
        Long version) {
}
