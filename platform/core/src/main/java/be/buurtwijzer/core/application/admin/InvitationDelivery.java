package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.mail.Delivery;
import be.buurtwijzer.core.application.mail.Mailer;
import be.buurtwijzer.core.application.shared.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Invites by e-mail: the invitation is committed first, then its mail is sent while the
 * administrator waits, so that the answer can say whether it left. When it did not (no mail server
 * configured, as in the demo, or the server refused), the administrator gets the link to pass on
 * instead; the invitation stands either way.
 */
@ApplicationScoped
public class InvitationDelivery {

    @Inject
    Invitations invitations;

    @Inject
    Mailer mailer;

    public InvitationDetails invite(Caller caller, String slug, InvitationInput input) {
        Invitations.Issued issued = invitations.invite(caller, slug, input);
        Delivery outcome = mailer.send(issued.mail());
        return issued.view().delivered(outcome);
    }
}
