package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.application.shared.Caller;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;

/**
 * What the browser session knows: who logged in, the municipality last opened (only for {@code /} and
 * the old addresses; each page takes its municipality from its URL, see {@link Workspace}), which language.
 */
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

    /** The slug of the municipality last opened in this session, if any. */
    public static Optional<String> tenant() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(TENANT));
    }

    public static void tenant(String slug) {
        VaadinSession.getCurrent().setAttribute(TENANT, slug);
    }

    private static final String AFTER_LOGIN = "buurtwijzer.after-login";

    /** Remembers the page a logged-out person asked for ({@code stederen/register/actors}), to open after the log-in. */
    static void afterLogin(String path) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(AFTER_LOGIN, path);
        }
    }

    /**
     * Where a log-in leads: the page asked for before it, once, as a path on this server (never
     * another site's address), else {@code /}.
     */
    public static String takeAfterLogin() {
        VaadinSession session = VaadinSession.getCurrent();
        String path = session == null ? null : (String) session.getAttribute(AFTER_LOGIN);
        if (session != null) {
            session.setAttribute(AFTER_LOGIN, null);
        }
        return "/" + AfterLogin.localPath(path);
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
