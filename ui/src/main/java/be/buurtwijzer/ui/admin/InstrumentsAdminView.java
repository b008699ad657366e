package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.subscriptions.CatalogueEntry;
import be.buurtwijzer.core.application.subscriptions.SubscriptionChange;
import be.buurtwijzer.core.application.subscriptions.SubscriptionService;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.domain.instruments.ReleaseNotes;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Confirm;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The tenant administrator's catalogue: subscribe, enable, disable, unsubscribe (retention explained). */
@Route(value = ":municipality/admin/instruments", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class InstrumentsAdminView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final Grid<CatalogueEntry> grid = new Grid<>();
    private final SubscriptionService subscriptions;

    @Inject
    public InstrumentsAdminView(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        getStyle().set("padding", "1rem");
        grid.addColumn(e -> e.name() == null ? e.pluginId() : e.name().in(getLocale()))
                .setHeader(getTranslation("field.name"));
        grid.addColumn(CatalogueEntry::version).setHeader(getTranslation("field.version"));
        grid.addColumn(e -> e.description() == null ? "" : e.description().in(getLocale()))
                .setHeader(getTranslation("field.description")).setFlexGrow(3);
        grid.addColumn(e -> ReleaseNotes.in(e.releaseNotes(), getLocale())).setHeader(getTranslation("publish.notes"))
                .setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("field.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("field.actions")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("nav.catalogue")), new Paragraph(getTranslation("catalogue.retention",
                subscriptions.retention().toDays())), grid);
        refresh();
    }

    private String state(CatalogueEntry e) {
        var s = e.subscription();
        if (s == null || !s.subscribed()) {
            return getTranslation(s == null ? "catalogue.available" : "catalogue.unsubscribed", s == null ? ""
                    : s.retainedUntil().toString().substring(0, 10));
        }
        return getTranslation(s.enabled() ? "catalogue.enabled" : "catalogue.disabled");
    }

    private HorizontalLayout actions(CatalogueEntry e) {
        String name = e.name() == null ? e.pluginId() : e.name().in(getLocale());
        var s = e.subscription();
        HorizontalLayout actions = new HorizontalLayout();
        if (s == null || !s.subscribed()) {
            actions.add(button("catalogue.subscribe", name, () -> subscriptions.subscribe(caller(), slug(), e.pluginId())));
        } else {
            actions.add(button(s.enabled() ? "catalogue.disable" : "catalogue.enable", name, () -> subscriptions
                    .change(caller(), slug(), e.pluginId(), new SubscriptionChange(!s.enabled(), s.version()))));
            Button unsubscribe = button("catalogue.unsubscribe", name, () -> subscriptions.unsubscribe(caller(), slug(),
                    e.pluginId()));
            actions.add(unsubscribe);
        }
        return actions;
    }

    private Button button(String key, String instrument, Runnable action) {
        Button button = new Button(getTranslation(key));
        button.setAriaLabel(getTranslation(key) + ": " + instrument);
        Runnable act = () -> {
            try {
                action.run();
                // the navigation shows exactly the enabled instruments: rebuild it
                UI.getCurrent().getPage().reload();
            } catch (ApplicationException ex) {
                Notification.show(Messages.of(this, ex), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                refresh();
            }
        };
        // unsubscribing takes the instrument away from everyone here: it is confirmed first
        button.addClickListener(click -> {
            if ("catalogue.unsubscribe".equals(key)) {
                Confirm.ask(this, getTranslation("catalogue.unsubscribe.confirm", instrument), act);
            } else {
                act.run();
            }
        });
        return button;
    }

    private void refresh() {
        grid.setItems(subscriptions.catalogue(caller(), slug()));
    }

    private static be.buurtwijzer.core.application.shared.Caller caller() {
        return UiSession.requireCaller();
    }

    private String slug() {
        return tenantSlug;
    }
}
