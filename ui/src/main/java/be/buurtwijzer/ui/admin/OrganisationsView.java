package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.AdministratorInput;
import be.buurtwijzer.core.application.releases.SupportOrganisations;
import be.buurtwijzer.core.application.releases.PublishingViews;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Support organisations and their publishers, for platform administrators. */
@Route(value = "platform/organisations", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PLATFORM_ADMIN)
public class OrganisationsView extends Main {

    final Grid<PublishingViews.Organisation> grid = new Grid<>();
    final TextField name = new TextField();
    final Select<PublishingViews.Organisation> organisation = new Select<>();
    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final Paragraph result = new Paragraph();
    final H2 detailsTitle = new H2();
    final Grid<PublishingViews.Publisher> publishers = new Grid<>();
    final KeysGrid keys;
    private final SupportOrganisations organisations;

    @Inject
    public OrganisationsView(SupportOrganisations organisations) {
        this.organisations = organisations;
        getStyle().set("padding", "1rem");
        grid.addColumn(PublishingViews.Organisation::name).setHeader(getTranslation("field.name"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        publishers.addColumn(PublishingViews.Publisher::displayName).setHeader(getTranslation("field.name"));
        publishers.addColumn(PublishingViews.Publisher::email).setHeader(getTranslation("login.email"));
        publishers.setAllRowsVisible(true);
        publishers.getElement().setAttribute("aria-label", getTranslation("organisation.publishers"));
        keys = new KeysGrid(key -> true, key -> act(() -> {
            organisations.approveKey(UiSession.requireCaller(), key.id());
            return getTranslation("saved");
        }), key -> act(() -> {
            organisations.revokeKey(UiSession.requireCaller(), key.id());
            return getTranslation("saved");
        }));
        name.setLabel(getTranslation("organisation.name"));
        Button create = new Button(getTranslation("organisation.create"), click -> act(() -> {
            organisations.createOrganisation(UiSession.requireCaller(), new PublishingViews.OrganisationInput(name.getValue()));
            return getTranslation("saved");
        }));
        organisation.setLabel(getTranslation("queue.organisation"));
        organisation.setItemLabelGenerator(PublishingViews.Organisation::name);
        email.setLabel(getTranslation("login.email"));
        displayName.setLabel(getTranslation("field.name"));
        Button addPublisher = new Button(getTranslation("organisation.addPublisher"), click -> act(() -> {
            if (organisation.getValue() == null) {
                return getTranslation("organisation.choose");
            }
            PublishingViews.Publisher publisher = organisations.addPublisher(UiSession.requireCaller(),
                    organisation.getValue().id(), new AdministratorInput(email.getValue(), displayName.getValue()));
            return publisher.oneTimePassword() == null ? getTranslation("members.added", publisher.email())
                    : getTranslation("members.added.password", publisher.email(), publisher.oneTimePassword());
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPublisher.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        Paragraph hint = new Paragraph(getTranslation("organisation.selectHint"));
        add(new H1(getTranslation("nav.organisations")), hint, grid, detailsTitle, publishers, keys, new H2(getTranslation("organisation.new")),
                new FormLayout(name), create, new H2(getTranslation("organisation.addPublisher")),
                new FormLayout(organisation, email, displayName), addPublisher, result);
        refresh();
    }

    private void act(java.util.function.Supplier<String> action) {
        Messages.report(this, result, action);
        refresh();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getValue();
        var all = organisations.organisations(UiSession.requireCaller());
        grid.setItems(all);
        organisation.setItems(all);
        all.stream().filter(o -> selected != null && o.id().equals(selected.id())).findFirst()
                .ifPresentOrElse(grid::select, () -> showDetails(null));
    }

    private void showDetails(PublishingViews.Organisation selected) {
        detailsTitle.setVisible(selected != null);
        publishers.setVisible(selected != null);
        keys.setVisible(selected != null);
        if (selected == null) {
            return;
        }
        detailsTitle.setText(getTranslation("organisation.details", selected.name()));
        publishers.setItems(organisations.publishersOf(UiSession.requireCaller(), selected.id()));
        keys.setItems(organisations.keysOf(UiSession.requireCaller(), selected.id()));
    }
}
