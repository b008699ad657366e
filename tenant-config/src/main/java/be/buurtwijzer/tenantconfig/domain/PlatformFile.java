package be.buurtwijzer.tenantconfig.domain;

import jakarta.validation.Valid;
import java.util.List;

/** {@code platform.json}: the platform's own users (administrators, publishers). */
public record PlatformFile(List<@Valid PlatformUserEntry> users) {

    public PlatformFile {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
