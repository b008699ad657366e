package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;

/**
 * The account as the log-in check (API) or the first caller check (browser) read it in this request, so that the
 * checks and the language look-ups of the same request ({@link CallerCheck}) do not read it again. The moment of
 * an action is its request: a change to the account made elsewhere counts from the next request, as with
 * {@link GateMemo}; a change made in this request forgets what was read. Kept in {@link RequestMemo}.
 */
public class AccountMemo {

    /** The account as read in this request: the caller it makes, and the language its person chose (or null). */
    record Read(Caller caller, String preferredLocale) {
    }

    private Read read;

    public void remember(Caller caller, String preferredLocale) {
        read = new Read(caller, preferredLocale);
    }

    void forget() {
        read = null;
    }

    /** This account as read earlier in the request, if it was, and if it is still the same credentials. */
    Read find(Caller caller) {
        Read found = read;
        return found != null && caller.userId() != null && caller.userId().equals(found.caller().userId())
                && caller.credentialsVersion() == found.caller().credentialsVersion() ? found : null;
    }
}
