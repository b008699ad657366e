package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.domain.tenancy.Invitation;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * An invitation as its municipality's administrator sees it. {@code token} is only in the answer
 * that created it: the administrator passes it (or the link) on to the invited person.
 */
public record InvitationView(String id, String email, TenantRole role, Invitation.Status status, String invitedBy,
        Instant createdAt, Instant expiresAt, @JsonbProperty(nillable = false) String token) {

    static InvitationView of(Invitation i, Instant now, String token) {
        return new InvitationView(i.getId(), i.getEmail(), i.getRole(), i.status(now), i.getInvitedBy(),
                i.getCreatedAt(), i.getExpiresAt(), token);
    }
}
