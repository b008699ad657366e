package be.buurtwijzer.ui.layout;

import be.buurtwijzer.core.application.admin.MunicipalityIdentity;
import be.buurtwijzer.core.application.admin.MyAccount;
import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.subscriptions.SubscriptionService;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.session.Workspace;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The workspace frame: municipality switch, language, log-out, and the navigation for this person here. */
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    static final String CONTENT_ID = "main-content";

    private final MyAccount account;
    private final SubscriptionService subscriptions;
    private final InstrumentCalls instruments;
    private final SideNav nav = new SideNav();
    private final Select<MyAccount.MembershipSummary> municipality = new Select<>();
    private final Select<Locale> language = new Select<>();
    private final Image logo = new Image();
    private final HorizontalLayout bar;
    private final MunicipalityIdentity identity;

    @Inject
    public MainLayout(MyAccount account, SubscriptionService subscriptions, InstrumentCalls instruments,
            MunicipalityIdentity identity) {
        this.account = account;
        this.identity = identity;
        this.subscriptions = subscriptions;
        this.instruments = instruments;
        Span title = new Span("Buurtwijzer");
        title.getStyle().set("font-weight", "600").set("font-size", "1.25rem");
        municipality.setId("municipality");
        municipality.setAriaLabel(getTranslation("layout.municipality"));
        municipality.setItemLabelGenerator(m -> m.name() + (m.status() == TenantStatus.SUSPENDED
                ? " (" + getTranslation("layout.suspended") + ")" : ""));
        municipality.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                // the other municipality's own address, in a full page load: nothing of this one stays on
                // screen; the other tabs keep theirs
                UI.getCurrent().getPage().setLocation("/" + change.getValue().slug());
            }
        });
        language.setAriaLabel(getTranslation("layout.language"));
        language.setId("language");
        language.setItems(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Nederlands");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                switchLanguage(change.getValue());
            }
        });
        Button logout = new Button(getTranslation("layout.logout"), click -> logout());
        Button password = new Button(getTranslation("password.title"), click -> changePassword());
        password.setId("change-password");
        language.addClassName("bw-wide-only");
        password.addClassName("bw-wide-only");
        logout.addClassName("bw-wide-only");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.toggle"));
        title.addClassName("bw-header-title");
        logo.setHeight("36px");
        logo.setVisible(false);
        logo.setId("municipality-logo");
        bar = new HorizontalLayout(skipLink(), toggle, logo, title, municipality, language, password, logout,
                accountMenu());
        bar.addClassName("bw-header");
        // the header is a landmark, so everything on the page sits in one (the content is a main)
        bar.getElement().setAttribute("role", "banner");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap").set("row-gap", "0.25rem").set("padding-block", "0.25rem");
        municipality.getStyle().set("min-width", "0").set("max-width", "100%");
        bar.expand(title);
        bar.getStyle().set("padding-right", "1rem");
        addToNavbar(bar);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.navigation")));
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        addToDrawer(nav);
    }

    /** On a phone the language, the password and log-out sit in one menu (the stylesheet swaps them). */
    private MenuBar accountMenu() {
        MenuBar menu = new MenuBar();
        menu.addClassName("bw-narrow-only");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem top = menu.addItem(getTranslation("layout.menu"));
        top.setAriaLabel(getTranslation("layout.menu.label"));
        top.getSubMenu().addItem(getTranslation("password.title"), click -> changePassword());
        top.getSubMenu().addItem("Nederlands", click -> switchLanguage(Locale.forLanguageTag("nl-BE")));
        top.getSubMenu().addItem("English", click -> switchLanguage(Locale.ENGLISH));
        top.getSubMenu().addItem(getTranslation("layout.logout"), click -> logout());
        return menu;
    }

    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("layout.skip"));
        skip.getElement().setAttribute("router-ignore", true);
        skip.addClassName("bw-skip-link");
        return skip;
    }

    private void switchLanguage(Locale locale) {
        account.setPreferredLocale(UiSession.requireCaller(), locale.toLanguageTag());
        UiSession.locale(locale);
        UI.getCurrent().getPage().reload();
    }

    private static void changePassword() {
        UI.getCurrent().navigate(be.buurtwijzer.ui.views.ChangePasswordView.class);
    }

    private static void logout() {
        // drafts are kept in this browser: on a shared computer they end with the log-out
        UI.getCurrent().getPage().executeJs("for (const key of Object.keys(localStorage)) { if (key.startsWith("
                + "'bw-draft|')) { localStorage.removeItem(key); } } window.__bwDirty = false;");
        UI.getCurrent().getPage().setLocation("/login");
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().invalidate();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        // the skip link's target: the view itself, focusable by script only
        content.getElement().setAttribute("id", CONTENT_ID);
        content.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Caller> caller = UiSession.caller();
        // resolved once for this navigation by AccessControl, before this layout and the view
        Optional<Workspace> workspace = Workspace.current();
        if (caller.isEmpty() || workspace.isEmpty()) {
            return;
        }
        MyAccount.Me me = workspace.get().me();
        if (me.lockedAt() != null) {
            String when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .withZone(java.time.ZoneId.of("Europe/Brussels")).format(me.lockedAt());
            com.vaadin.flow.component.notification.Notification.show(getTranslation("login.locknotice", when), 15000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                    .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
            account.lockNoticeSeen(caller.get());
        }
        List<MyAccount.MembershipSummary> memberships = me.memberships();
        // the page's municipality; on a platform page, the one the frame's links go to
        MyAccount.MembershipSummary current = workspace.get().municipality();
        municipality.setItems(memberships);
        municipality.setVisible(!memberships.isEmpty());
        if (current != null) {
            municipality.setValue(current);
        }
        language.setValue(getLocale() != null && "en".equals(getLocale().getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("nl-BE"));
        boolean usable = workspace.get().usable();
        showIdentity(caller.get(), usable ? current : null);
        Roles roles = new Roles(usable ? current.role() : null, me.platformRole());
        List<NavigationModel.InstrumentPage> pages = usable ? pages(caller.get(), current.slug()) : List.of();
        nav.removeAll();
        for (NavigationModel.Entry entry : NavigationModel.build(roles, usable ? current.slug() : null, pages)) {
            nav.addItem(new SideNavItem(entry.translate() ? getTranslation(entry.label()) : entry.label(), entry.path()));
        }
    }

    /** The municipality's logo beside the title and its colour under the header. */
    private void showIdentity(Caller caller, MyAccount.MembershipSummary current) {
        MunicipalityIdentity.Identity own = current == null ? null : identity.get(caller, current.slug());
        logo.setVisible(own != null && own.hasLogo());
        if (own != null && own.hasLogo()) {
            String slug = current.slug();
            logo.setSrc(be.buurtwijzer.ui.admin.MunicipalityLogo.of(identity, caller, slug));
            logo.setAlt(getTranslation("identity.logo.of", current.name()));
        }
        String colour = own == null ? null : own.colour();
        bar.getStyle().set("border-bottom", colour == null ? "none" : "4px solid " + colour);
    }

    private List<NavigationModel.InstrumentPage> pages(Caller caller, String slug) {
        return instruments.views(caller, slug, subscriptions.enabledPluginIds(caller, slug)).stream()
                .map(v -> new NavigationModel.InstrumentPage(v.pluginId(), v.spec().route(),
                        v.spec().title().in(getLocale()))).toList();
    }
}
