package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.application.shared.Caller;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;

/** What the browser session knows: who logged in, which municipality is current, which language. */
public final class UiSession {

    private static final String CALLER = "buurtwijzer.caller";
    private static final String TENANT = "buurtwijzer.tenant";

    private UiSession() {
    }

    public static Optional<Caller> caller() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (Caller) session.getAttribute(CALLER));
    }

    public static Caller requireCaller() {
        return caller().orElseThrow(() -> new IllegalStateException("not logged in"));
    }

    public static void login(Caller caller) {
        VaadinSession.getCurrent().setAttribute(CALLER, caller);
    }

    /** Forgets who logged in (the session ended elsewhere, e.g. by a password change). */
    public static void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CALLER, null);
            session.setAttribute(TENANT, null);
        }
    }

    /** The slug of the current municipality, if one is chosen. */
    public static Optional<String> tenant() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(TENANT));
    }

    public static void tenant(String slug) {
        VaadinSession.getCurrent().setAttribute(TENANT, slug);
    }

    private static final String LOCALE = "buurtwijzer.locale";

    /** Dutch (nl-BE) unless the person chose otherwise (or has a preference from an earlier session). */
    public static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale chosen = session == null ? null : (Locale) session.getAttribute(LOCALE);
        return chosen != null ? chosen : Locale.forLanguageTag("nl-BE");
    }

    public static void locale(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LOCALE, locale);
        VaadinSession.getCurrent().setLocale(locale);
    }

    /** True the first time it is asked for {@code what} in this session: a notice shown once. */
    public static boolean firstVisit(String what) {
        VaadinSession session = VaadinSession.getCurrent();
        String key = "buurtwijzer.seen." + what;
        if (session == null || session.getAttribute(key) != null) {
            return false;
        }
        session.setAttribute(key, Boolean.TRUE);
        return true;
    }
}
