package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** A member of a municipality; {@code oneTimePassword} only in the answer that created the account. */
public record MemberDetails(String userId, String email, String displayName, TenantRole role, long version,
        Instant memberSince, @JsonbProperty(nillable = false) String oneTimePassword) {

    static MemberDetails of(Membership m, UserAccount u, String oneTimePassword) {
        return new MemberDetails(u.getId(), u.getEmail(), u.getDisplayName(), m.getRole(), m.getVersion(),
                m.getCreatedAt(), oneTimePassword);
    }
}
