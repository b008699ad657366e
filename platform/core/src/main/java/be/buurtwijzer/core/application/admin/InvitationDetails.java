package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.mail.Delivery;
import be.buurtwijzer.core.domain.tenancy.Invitation;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * An invitation as its municipality's administrator sees it. The answer that created it says how
 * the link reached the person ({@code delivery}); only when its mail did not leave ({@code
 * NOT_CONFIGURED}, {@code FAILED}) does it carry the {@code token} and {@code link}, once, for the
 * administrator to pass on.
 */
public record InvitationDetails(String id, String email, TenantRole role, Invitation.Status status, String invitedBy,
        Instant createdAt, Instant expiresAt, @JsonbProperty(nillable = false) String token,
        @JsonbProperty(nillable = false) String link, @JsonbProperty(nillable = false) Delivery delivery) {

    static InvitationDetails of(Invitation i, Instant now, String token) {
        return new InvitationDetails(i.getId(), i.getEmail(), i.getRole(), i.status(now), i.getInvitedBy(),
                i.getCreatedAt(), i.getExpiresAt(), token, null, null);
    }

    InvitationDetails withLink(String invitationLink) {
        return new InvitationDetails(id, email, role, status, invitedBy, createdAt, expiresAt, token, invitationLink,
                delivery);
    }

    /** The answer after the mail was tried: the secret stays with the mail when the mail left. */
    InvitationDetails delivered(Delivery outcome) {
        boolean sent = outcome == Delivery.SENT;
        return new InvitationDetails(id, email, role, status, invitedBy, createdAt, expiresAt, sent ? null : token,
                sent ? null : link, outcome);
    }
}
