package be.buurtwijzer.ui.views;

import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Workspace;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * The address without a municipality, {@code /}: a member goes on to the home of the municipality
 * they last opened (or their first); a platform administrator or publisher without a membership
 * sees the platform's start.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
public class StartView extends Main implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var municipality = Workspace.current().map(Workspace::municipality);
        if (municipality.isPresent()) {
            boolean shownInThisTab = event.getUI().getInternals().getActiveRouterTargetsChain().stream()
                    .anyMatch(HomeView.class::isInstance);
            if (shownInThisTab) {
                // a home page is open in this tab, maybe another municipality's: load the page anew rather than reuse it
                event.getUI().getPage().setLocation("/" + municipality.get().slug());
                return;
            }
            event.forwardTo(HomeView.class, new RouteParameters(Workspace.PARAMETER, municipality.get().slug()));
            return;
        }
        removeAll();
        platformHome(this);
    }

    static void platformHome(Main page) {
        page.getStyle().set("padding", "1rem");
        page.add(new H1(page.getTranslation("home.title.platform")), new Paragraph(page.getTranslation("home.platform")));
    }
}
