package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.instruments.PluginGuard;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * Hosts the views plugins contribute, at /{municipality}/instrument/{plugin}/{view}. The plugin, its
 * subscription and the permission are checked on every entry; a view that fails is replaced by
 * an error panel.
 */
@Route(value = ":municipality/instrument/:plugin/:view", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
public class InstrumentHostView extends Main implements BeforeEnterObserver {

    @Inject
    InstrumentCalls instruments;
    @Inject
    PluginGuard guard;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        getStyle().set("padding", "1rem");
        String plugin = event.getRouteParameters().get("plugin").orElse("");
        String route = event.getRouteParameters().get("view").orElse("");
        InstrumentCalls.View view;
        try {
            view = instruments.view(UiSession.requireCaller(), be.buurtwijzer.ui.session.Workspace.slug(), plugin, route);
        } catch (ApplicationException e) {
            add(new H1(getTranslation("notallowed.title")), new Paragraph(Messages.of(this, e)));
            return;
        }
        try {
            add(new H1(view.spec().title().in(getLocale())), view.spec().factory().create(view.context()));
        } catch (ApplicationException e) {
            // the rights changed between the gate and the view's first reads: a refusal, not a plugin failure
            removeAll();
            add(new H1(getTranslation("notallowed.title")), new Paragraph(Messages.of(this, e)));
        } catch (RuntimeException | LinkageError e) {
            add(new ErrorPanel(view.instrumentName(), guard.failed(plugin, "view " + route, e)));
        }
    }
}
