package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.security.Authenticator;
import be.buurtwijzer.core.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;

/** The caller of the current request, from the container's security context. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    Authenticator authenticator;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new NotAuthorizedException(ApiAuthenticationMechanism.REALM);
            }
            caller = authenticator.callerFor(principal.getName())
                    .orElseThrow(() -> new NotAuthorizedException(ApiAuthenticationMechanism.REALM));
        }
        return caller;
    }
}
