package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.application.access.CallerCheck;
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
public class SessionCheck implements VaadinRequestInterceptor {

    private static final String CALLER = "buurtwijzer.caller";
    static final String ENDED = "buurtwijzer-session-ended";

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
                    // the log-in page, which the browser reloads to next, says why
                    jakarta.servlet.http.Cookie ended = new jakarta.servlet.http.Cookie(ENDED, "1");
                    ended.setPath("/");
                    ended.setMaxAge(300);
                    ended.setHttpOnly(true);
                    response.addCookie(ended);
                    return;
                }
            }
        }
    }

    /** Whether this browser's previous session was ended by a change of the account (and forget it). */
    public static boolean endedBefore(VaadinRequest request, VaadinResponse response) {
        jakarta.servlet.http.Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie cookie : cookies) {
            if (ENDED.equals(cookie.getName())) {
                jakarta.servlet.http.Cookie gone = new jakarta.servlet.http.Cookie(ENDED, "");
                gone.setPath("/");
                gone.setMaxAge(0);
                response.addCookie(gone);
                return true;
            }
        }
        return false;
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
