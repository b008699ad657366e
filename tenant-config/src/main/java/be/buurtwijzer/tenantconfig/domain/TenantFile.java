package be.buurtwijzer.tenantconfig.domain;

import be.buurtwijzer.core.domain.tenancy.Slug;
import be.buurtwijzer.core.domain.tenancy.SupportedLocale;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One municipality, as described in {@code tenants/<slug>.json}; see schema/tenant.schema.json. */
public record TenantFile(
        @NotNull @Pattern(regexp = Slug.REGEX, message = "must be 2 to 63 lower-case letters, digits or single hyphens")
        String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = SupportedLocale.REGEX, message = "must be nl-BE or en") String defaultLocale,
        TenantStatus status,
        @NotEmpty List<@Valid PersonEntry> administrators,
        List<@Valid PersonEntry> members,
        @Valid RegisterSeed register,
        List<@Pattern(regexp = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*", message = "must be a plugin id") String> instruments,
        List<@Valid InstrumentSeed> instrumentData) {

    public TenantFile {
        status = status == null ? TenantStatus.ACTIVE : status;
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
        members = members == null ? List.of() : List.copyOf(members);
        register = register == null ? new RegisterSeed(null, null, null) : register;
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        instrumentData = instrumentData == null ? List.of() : List.copyOf(instrumentData);
    }
}
