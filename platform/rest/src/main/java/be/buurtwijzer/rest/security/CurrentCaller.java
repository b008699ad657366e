package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.PasswordChangeRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/**
 * The caller of the current request, as the authentication filter put it on the request. Holds nothing itself, so it
 * is one instance for the application (the injected request is the current one): a request-scoped bean made and
 * destroyed one more instance per API request (issue 19).
 */
@ApplicationScoped
public class CurrentCaller {

    static final String ATTRIBUTE = CurrentCaller.class.getName();

    @Inject
    HttpServletRequest request;

    /** The caller; refused while the account still has a one-time password to replace. */
    public Caller get() {
        Caller caller = getAllowingOneTimePassword();
        if (caller.mustChangePassword()) {
            throw new PasswordChangeRequiredException();
        }
        return caller;
    }

    /** The caller even with a one-time password: only for reading who one is and changing the password. */
    public Caller getAllowingOneTimePassword() {
        if (request.getAttribute(ATTRIBUTE) instanceof Caller caller) {
            return caller;
        }
        throw new NotAuthorizedException(ApiAuthentication.REALM);
    }
}
