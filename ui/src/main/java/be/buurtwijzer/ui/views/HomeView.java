package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.audit.AuditQuery;
import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.instruments.PluginGuard;
import be.buurtwijzer.core.application.subscriptions.SubscriptionService;
import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.InitiativeService;
import be.buurtwijzer.core.application.register.ListQuery;
import be.buurtwijzer.core.application.register.NeighbourhoodService;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.ui.admin.AuditSentence;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.session.Workspace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The municipality's home, at /{municipality}: register figures and the cards of its enabled
 * instruments. Every link on it stays in this municipality, also the ones to the pages plugins name.
 */
@Route(value = ":municipality", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
public class HomeView extends Main implements BeforeEnterObserver {

    private static final int SHOWN_PER_INSTRUMENT = 3;

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
    @Inject
    be.buurtwijzer.core.application.audit.AuditReader audit;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        getStyle().set("padding", "1rem");
        Caller caller = UiSession.requireCaller();
        if (!Roles.current().allows(Roles.Need.MEMBER)) {
            // a municipality suspended or closed: nothing of it opens
            StartView.platformHome(this);
            return;
        }
        var slug = java.util.Optional.of(Workspace.slug());
        add(new H1(getTranslation("home.title")));
        ListQuery first = new ListQuery(null, Map.of(), "0", "1", null);
        long neighbourhoodCount = neighbourhoods.list(caller, slug.get(), first).total();
        long actorCount = actors.list(caller, slug.get(), first).total();
        long initiativeCount = initiatives.list(caller, slug.get(), first).total();
        if (!Roles.current().allows(Roles.Need.COORDINATOR) && UiSession.firstVisit("partner-notice")) {
            Paragraph notice = new Paragraph(getTranslation("home.partner"));
            notice.getStyle().set("padding", "0.75rem").set("background", "#e8f0fe")
                    .set("border-radius", "6px");
            add(notice);
        }
        add(nextSteps(neighbourhoodCount, actorCount, initiativeCount));
        List<String> enabled = subscriptions.enabledPluginIds(caller, slug.get());
        add(attention(caller, slug.get(), enabled));
        if (Roles.current().allows(Roles.Need.COORDINATOR)) {
            add(recentChanges(caller, slug.get(), Roles.current().allows(Roles.Need.TENANT_ADMIN)));
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "1rem");
        cards.add(withLink(card(getTranslation("nav.neighbourhoods"), new Paragraph(String.valueOf(neighbourhoodCount))),
                Workspace.here("register/neighbourhoods"), getTranslation("nav.neighbourhoods")));
        cards.add(withLink(card(getTranslation("home.actors"), new Paragraph(String.valueOf(actorCount))),
                Workspace.here("register/actors"), getTranslation("home.actors")));
        cards.add(withLink(card(getTranslation("home.initiatives"), new Paragraph(String.valueOf(initiativeCount))),
                Workspace.here("register/initiatives"), getTranslation("home.initiatives")));
        // each card opens its instrument's first page this person may see
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        instruments.views(caller, slug.get(), enabled).forEach(v -> pages.putIfAbsent(v.pluginId(),
                Workspace.here("instrument/" + v.pluginId() + "/" + v.spec().route())));
        for (InstrumentCalls.Card card : instruments.cards(caller, slug.get(), enabled)) {
            Component content;
            try {
                content = card.spec().factory().create(card.context());
            } catch (RuntimeException e) {
                content = new ErrorPanel(card.instrumentName(), guard.failed(card.pluginId(), "dashboard card", e));
            }
            Div shown = card(card.spec().title().in(getLocale()), content);
            String page = pages.get(card.pluginId());
            if (page != null) {
                com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(page,
                        getTranslation("home.open"));
                open.getElement().setAttribute("aria-label", getTranslation("home.open.named",
                        card.spec().title().in(getLocale())));
                shown.add(open);
            }
            cards.add(shown);
        }
        add(cards);
    }

    /**
     * What to do next, after the four steps of a caring neighbourhood (know the neighbourhood, set up
     * the collaboration, roll out actions, reflect): each says whether the register shows it begun.
     */
    private Component nextSteps(long neighbourhoodCount, long actorCount, long initiativeCount) {
        OrderedList steps = new OrderedList();
        steps.add(step("home.step.know", neighbourhoodCount > 0, "register/neighbourhoods"));
        steps.add(step("home.step.collaborate", actorCount > 0, "register/actors"));
        steps.add(step("home.step.act", initiativeCount > 0, "register/initiatives"));
        steps.add(step("home.step.reflect", null, null));
        Div next = new Div(new H2(getTranslation("home.next")), new Paragraph(getTranslation("home.next.help")), steps);
        next.setId("home-next-steps");
        return next;
    }

    /**
     * The instruments' warnings and signals, a few per instrument with a link to where they are acted on,
     * so that a long list of one instrument does not hide the others.
     */
    private Component attention(Caller caller, String slug, List<String> enabled) {
        Div attention = new Div(new H2(getTranslation("home.attention")));
        attention.setId("home-attention");
        List<InstrumentCalls.Noted> noted = instruments.attention(caller, slug, enabled);
        if (noted.isEmpty()) {
            attention.add(new Paragraph(getTranslation("home.attention.none")));
            return attention;
        }
        attention.add(new Paragraph(getTranslation("home.attention.help")));
        Map<String, List<InstrumentCalls.Noted>> byInstrument = new java.util.LinkedHashMap<>();
        noted.forEach(n -> byInstrument.computeIfAbsent(n.pluginId(), k -> new java.util.ArrayList<>()).add(n));
        for (List<InstrumentCalls.Noted> points : byInstrument.values()) {
            InstrumentCalls.Noted first = points.get(0);
            String name = first.instrumentName().in(getLocale());
            UnorderedList list = new UnorderedList();
            points.stream().limit(SHOWN_PER_INSTRUMENT).forEach(n -> list.add(new ListItem(n.message().in(getLocale()))));
            Div group = new Div(new com.vaadin.flow.component.html.H3(name + " · "
                    + getTranslation("home.attention.count", points.size())), list);
            if (first.route() != null) {
                // a plugin names its page; the municipality is this page's own
                String page = Workspace.here("instrument/" + first.pluginId() + "/" + first.route());
                com.vaadin.flow.component.html.Anchor open = points.size() > SHOWN_PER_INSTRUMENT
                        ? new com.vaadin.flow.component.html.Anchor(page, getTranslation("home.attention.more",
                                points.size() - SHOWN_PER_INSTRUMENT, name))
                        : new com.vaadin.flow.component.html.Anchor(page, getTranslation("home.open.named", name));
                group.add(open);
            }
            group.getStyle().set("margin-bottom", "1rem");
            attention.add(group);
        }
        return attention;
    }

    /**
     * The latest changes by colleagues, as the audit trail words them: the administrator sees the whole trail,
     * a coordinator the changes to the shared work (register and instruments), not the administration.
     */
    private Component recentChanges(Caller caller, String slug, boolean wholeTrail) {
        Div recent = new Div(new H2(getTranslation("home.recent")));
        recent.setId("home-recent");
        AuditSentence sentences = AuditSentence.translatedBy(this);
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Brussels"));
        List<be.buurtwijzer.core.application.audit.AuditEntryDetails> latest;
        try {
            latest = wholeTrail ? audit.tenantTrail(caller, slug, new AuditQuery("", null, null, null, null, "0", "5"))
                    .items() : instruments.recentWork(caller, slug, 5);
        } catch (be.buurtwijzer.core.application.shared.ApplicationException notNow) {
            return recent;
        }
        UnorderedList list = new UnorderedList();
        latest.forEach(e -> list.add(new ListItem(when.format(e.occurredAt()) + " · " + (e.actorEmail() == null
                ? "" : sentences.who(e.actorEmail()) + " · ") + sentences.of(e.action(), e.entityType(), e.changes()))));
        recent.add(list.getComponentCount() == 0 ? new Paragraph(getTranslation("home.recent.none")) : list);
        if (wholeTrail) {
            recent.add(new com.vaadin.flow.component.html.Anchor(Workspace.here("admin/audit"),
                    getTranslation("home.recent.all")));
        }
        return recent;
    }

    private ListItem step(String key, Boolean begun, String route) {
        ListItem item = new ListItem();
        Span state = new Span(getTranslation(begun == null ? "home.step.ongoing" : begun ? "home.step.begun"
                : "home.step.todo"));
        state.getStyle().set("font-weight", "600").set("margin-right", "0.5rem");
        item.add(state);
        if (route != null && Boolean.FALSE.equals(begun)) {
            item.add(new com.vaadin.flow.component.html.Anchor(Workspace.here(route), getTranslation(key)));
        } else {
            item.add(new Span(getTranslation(key)));
        }
        item.add(new Paragraph(getTranslation(key + ".help")));
        item.getStyle().set("margin-bottom", "0.5rem");
        return item;
    }

    private Div withLink(Div card, String page, String title) {
        com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(page,
                getTranslation("home.open"));
        open.getElement().setAttribute("aria-label", getTranslation("home.open.named", title));
        card.add(open);
        return card;
    }

    private static Div card(String title, Component content) {
        Div card = new Div(new H2(title), content);
        card.getStyle().set("border", "1px solid #767676").set("border-radius", "8px").set("padding", "1rem")
                .set("min-width", "14rem");
        return card;
    }
}
