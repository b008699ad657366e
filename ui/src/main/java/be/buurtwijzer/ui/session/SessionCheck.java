package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.application.security.CallerCheck;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.SessionEndedException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Before the workspace handles any request of a logged-in browser: does that log-in still hold?
 * When the person's password was changed elsewhere (by themselves or reset by an administrator)
 * or the account is gone, the HTTP session ends here, so the page in this browser returns to the
 * log-in instead of acting on a log-in that no longer counts.
 */
class SessionCheck implements VaadinRequestInterceptor {

    private static final String CALLER = "buurtwijzer.caller";

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        WrappedSession http = request.getWrappedSession(false);
        if (http == null) {
            return;
        }
        for (String name : http.getAttributeNames()) {
            if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                Object caller;
                vaadin.lock();
                try {
                    caller = vaadin.getAttribute(CALLER);
                } finally {
                    vaadin.unlock();
                }
                if (caller instanceof Caller c && !stillValid(c)) {
                    http.invalidate();
                    return;
                }
            }
        }
    }

    private static boolean stillValid(Caller caller) {
        try {
            CDI.current().select(CallerCheck.class).get().stillValid(caller);
            return true;
        } catch (SessionEndedException ended) {
            return false;
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
    }
}
