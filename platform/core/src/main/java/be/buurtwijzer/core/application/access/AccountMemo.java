package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;

/**
 * The account as the log-in check read it at the start of this request, so that the checks of the same request
 * ({@link CallerCheck}) do not read it again. The moment of an API action is its request: a change to the
 * account made elsewhere counts from the next request, as with {@link GateMemo}. Only the log-in check fills it,
 * and a browser request (whose caller comes from its session) never finds anything here.
 */
@RequestScoped
public class AccountMemo {

    private Caller read;

    public void remember(Caller caller) {
        read = caller;
    }

    /** This account as read earlier in the request, if it was, and if it is still the same credentials. */
    Caller find(Caller caller) {
        Caller found = read;
        return found != null && caller.userId() != null && caller.userId().equals(found.userId())
                && caller.credentialsVersion() == found.credentialsVersion() ? found : null;
    }
}
