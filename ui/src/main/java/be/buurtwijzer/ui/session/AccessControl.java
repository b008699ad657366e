package be.buurtwijzer.ui.session;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every navigation passes here: without a log-in only the log-in page opens; a page marked
 * {@link Requires} opens only for the roles it names. The services check the same roles again,
 * so typing a URL or calling the API gives no more than the buttons do.
 */
public class AccessControl implements VaadinServiceInitListener {

    /** The routes this check sends people to (by route, so that the session rules do not depend on the pages). */
    static final String LOGIN = "login";
    static final String CHANGE_PASSWORD = "password";
    static final String NOT_ALLOWED = "not-allowed";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new WorkspaceErrors()));
        event.addVaadinRequestInterceptor(new SessionCheck());
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(UiSession.locale());
            init.getUI().getElement().setAttribute("lang", UiSession.locale().toLanguageTag());
            init.getUI().addBeforeEnterListener(AccessControl::check);
        });
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicPage.class)) {
            return;
        }
        if (UiSession.caller().isEmpty()) {
            event.rerouteTo(LOGIN);
            return;
        }
        if (UiSession.caller().get().mustChangePassword()) {
            if (!CHANGE_PASSWORD.equals(event.getLocation().getFirstSegment())) {
                event.rerouteTo(CHANGE_PASSWORD);
            }
            return;
        }
        Requires requires = target.getAnnotation(Requires.class);
        if (requires == null) {
            return;
        }
        Roles roles;
        try {
            roles = Roles.now();
        } catch (be.buurtwijzer.core.application.shared.SessionEndedException ended) {
            UiSession.logout();
            event.rerouteTo(LOGIN);
            return;
        }
        if (!roles.allows(requires.value())) {
            event.rerouteTo(NOT_ALLOWED);
        }
    }
}
