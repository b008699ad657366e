package be.buurtwijzer.ui.views;

import be.buurtwijzer.ui.session.Workspace;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/**
 * The workspace's addresses from before the municipality was part of them ({@code /register/actors},
 * {@code /admin/members}, {@code /instrument/logbook/entries}): old bookmarks lead to the same page
 * in the municipality the person last opened (or their first). Without a municipality, the page
 * cannot be opened.
 */
@Route("register/:page")
@RouteAlias("admin/:page")
@RouteAlias("instrument/:plugin/:view")
public class OldAddressView extends Main implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var municipality = Workspace.current().map(Workspace::municipality);
        if (municipality.isEmpty()) {
            event.rerouteTo(NotAllowedView.class);
            return;
        }
        String path = Workspace.path(municipality.get().slug(), event.getLocation().getPath());
        if (!event.getUI().getInternals().getActiveRouterTargetsChain().isEmpty()) {
            // reached from a page already open in this tab (the browser's history): a full load, so that no
            // page built for the municipality shown before is reused for this one
            String query = event.getLocation().getQueryParameters().getQueryString();
            event.getUI().getPage().setLocation("/" + path + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        event.forwardTo(path, event.getLocation().getQueryParameters());
    }
}
