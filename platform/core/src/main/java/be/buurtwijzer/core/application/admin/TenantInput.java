package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.Slug;
import be.buurtwijzer.core.domain.tenancy.SupportedLocale;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record TenantInput(
        @NotNull @Pattern(regexp = Slug.REGEX, message = "must be 2 to 63 lower-case letters, digits or single hyphens, "
                + "starting and ending with a letter or digit") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = SupportedLocale.REGEX, message = "must be nl-BE or en") String defaultLocale) {
}
