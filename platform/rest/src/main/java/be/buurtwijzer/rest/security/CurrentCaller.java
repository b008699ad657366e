package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.access.RequestMemo;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.PasswordChangeRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;

/**
 * The caller of the current request, as the authentication filter admitted it ({@link RequestMemo}). Holds nothing
 * itself, so it is one instance for the application: a request-scoped bean of its own, or the injected servlet
 * request, made and destroyed one more instance per API request (issue 19).
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    RequestMemo memo;

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
        Caller caller = memo.admitted();
        if (caller != null) {
            return caller;
        }
        throw new NotAuthorizedException(ApiAuthentication.REALM);
    }
}
