package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/** The caller of the current request, as the authentication mechanism found it. */
@RequestScoped
public class CurrentCaller {

    static final String ATTRIBUTE = CurrentCaller.class.getName();

    @Inject
    HttpServletRequest request;

    public Caller get() {
        if (request.getAttribute(ATTRIBUTE) instanceof Caller caller) {
            return caller;
        }
        throw new NotAuthorizedException(ApiAuthenticationMechanism.REALM);
    }
}
