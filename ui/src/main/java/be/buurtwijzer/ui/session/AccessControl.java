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
            init.getUI().addBeforeLeaveListener(AccessControl::leave);
            init.getUI().addBeforeEnterListener(AccessControl::check);
        });
    }

    /**
     * A page of another municipality opened from within this tab (the browser's history, a link):
     * a full page load instead, as the municipality switch does, so that no page built for this
     * municipality is reused for the other one.
     */
    static void leave(com.vaadin.flow.router.BeforeLeaveEvent event) {
        var to = event.getRouteParameters().get(Workspace.PARAMETER);
        var from = Workspace.current().filter(Workspace::inUrl).map(w -> w.municipality().slug());
        if (to.isPresent() && from.isPresent() && !to.get().equals(from.get())) {
            event.postpone();
            event.getUI().getPage().setLocation("/" + AfterLogin.localPath(event.getLocation().getPathWithQueryParameters()));
        }
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicPage.class)) {
            return;
        }
        if (UiSession.caller().isEmpty()) {
            // after the log-in, the person lands on the page they asked for (a bookmark, a shared link)
            UiSession.afterLogin(event.getLocation().getPathWithQueryParameters());
            event.rerouteTo(LOGIN);
            return;
        }
        if (UiSession.caller().get().mustChangePassword()) {
            if (!CHANGE_PASSWORD.equals(event.getLocation().getFirstSegment())) {
                event.rerouteTo(CHANGE_PASSWORD);
            }
            return;
        }
        Workspace workspace;
        try {
            workspace = resolve(event);
        } catch (be.buurtwijzer.core.application.shared.SessionEndedException ended) {
            UiSession.logout();
            event.rerouteTo(LOGIN);
            return;
        }
        if (workspace == null) {
            // a municipality the person is no member of now, or one that does not exist: the same answer
            event.rerouteTo(NOT_ALLOWED);
            return;
        }
        Requires requires = target.getAnnotation(Requires.class);
        if (requires != null && !workspace.roles().allows(requires.value())) {
            event.rerouteTo(NOT_ALLOWED);
        }
    }

    /**
     * The workspace of this navigation, once: who the person is now and the municipality the URL
     * names, checked against their memberships at this moment (a membership revoked since does not
     * open the page). Null when the URL names a municipality the person is no member of.
     */
    private static Workspace resolve(BeforeEnterEvent event) {
        var ui = event.getUI();
        var me = jakarta.enterprise.inject.spi.CDI.current().select(
                be.buurtwijzer.core.application.admin.MyAccount.class).get().describe(UiSession.requireCaller());
        String named = event.getRouteParameters().get(Workspace.PARAMETER).orElse(null);
        Workspace workspace = Workspace.of(me, named, UiSession.tenant().orElse(null));
        if (workspace != null && workspace.inUrl()) {
            UiSession.tenant(workspace.municipality().slug());
        }
        Workspace.keep(ui, workspace);
        return workspace;
    }
}
