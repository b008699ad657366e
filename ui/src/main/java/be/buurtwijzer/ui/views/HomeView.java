package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.instruments.PluginGuard;
import be.buurtwijzer.core.application.instruments.SubscriptionService;
import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.InitiativeService;
import be.buurtwijzer.core.application.register.ListQuery;
import be.buurtwijzer.core.application.register.NeighbourhoodService;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The municipality's home: register figures and the cards of its enabled instruments. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
public class HomeView extends Main implements BeforeEnterObserver {

    @Inject
    NeighbourhoodService neighbourhoods;
    @Inject
    ActorService actors;
    @Inject
    InitiativeService initiatives;
    @Inject
    SubscriptionService subscriptions;
    @Inject
    InstrumentCalls instruments;
    @Inject
    PluginGuard guard;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        getStyle().set("padding", "1rem");
        Caller caller = UiSession.requireCaller();
        var slug = UiSession.tenant();
        if (slug.isEmpty() || !Roles.current().allows(Roles.Need.MEMBER)) {
            add(new H1(getTranslation("home.title.platform")), new Paragraph(getTranslation("home.platform")));
            return;
        }
        add(new H1(getTranslation("home.title")));
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "1rem");
        ListQuery one = new ListQuery(null, Map.of(), "0", "1", null);
        cards.add(card(getTranslation("nav.neighbourhoods"), new Paragraph(String.valueOf(
                neighbourhoods.list(caller, slug.get(), one).total()))));
        cards.add(card(getTranslation("home.actors"), new Paragraph(String.valueOf(
                actors.list(caller, slug.get(), one).total()))));
        cards.add(card(getTranslation("home.initiatives"), new Paragraph(String.valueOf(
                initiatives.list(caller, slug.get(), one).total()))));
        List<String> enabled = subscriptions.enabledPluginIds(caller, slug.get());
        for (InstrumentCalls.Card card : instruments.cards(caller, slug.get(), enabled)) {
            Component content;
            try {
                content = card.spec().factory().create(card.context());
            } catch (RuntimeException e) {
                content = new ErrorPanel(card.instrumentName(), guard.failed(card.pluginId(), "dashboard card", e));
            }
            cards.add(card(card.spec().title().in(getLocale()), content));
        }
        add(cards);
    }

    private static Div card(String title, Component content) {
        Div card = new Div(new H2(title), content);
        card.getStyle().set("border", "1px solid #767676").set("border-radius", "8px").set("padding", "1rem")
                .set("min-width", "14rem");
        return card;
    }
}
