package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;

/**
 * What the checks of one request found: the caller the API's log-in admitted, the account ({@link AccountMemo}) and
 * the entry into a municipality ({@link GateMemo}). One request-scoped bean for all three, because the container's
 * making, storing and ending of each request-scoped bean was a measurable share of a kept list's CPU
 * (deployment/bench/RESULTS.md, issue 19). Outside a request (scheduled work, the start) there is none: see
 * {@link InRequest}.
 */
@RequestScoped
public class RequestMemo {

    private final AccountMemo account = new AccountMemo();

    private final GateMemo gate = new GateMemo();

    private Caller admitted;

    /** The caller the API's log-in check admitted for this request: the REST resources take it from here. */
    public void admit(Caller caller) {
        admitted = caller;
    }

    /** The caller admitted for this request, or null when none was. */
    public Caller admitted() {
        return admitted;
    }

    public AccountMemo account() {
        return account;
    }

    public GateMemo gate() {
        return gate;
    }
}
