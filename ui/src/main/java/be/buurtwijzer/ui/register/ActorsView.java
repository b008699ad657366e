package be.buurtwijzer.ui.register;

import be.buurtwijzer.core.application.register.ActorInput;
import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.ActorDetails;
import be.buurtwijzer.core.application.register.ContactInput;
import be.buurtwijzer.core.application.register.ListQuery;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.domain.register.ActorKind;
import be.buurtwijzer.core.domain.register.Scale;
import be.buurtwijzer.core.domain.register.Sector;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Confirm;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;

/** The municipality's actors: grid with filters and a form; partners read, coordinators and administrators edit. */
@Route(value = ":municipality/register/actors", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.MEMBER)
public class ActorsView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final Grid<ActorDetails> grid = new Grid<>();
    final TextField filter = new TextField();
    final Select<Sector> sectorFilter = new Select<>();
    final TextField name = new TextField();
    final Select<ActorKind> kind = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Select<Scale> area = new Select<>();
    final TextField person = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final TextField website = new TextField();
    final TextArea description = new TextArea();
    final FormLayout form = new FormLayout();
    final Button delete = new Button();
    private final ActorService service;
    private ActorDetails editing;
    private RegisterDraft draft;

    @Inject
    public ActorsView(ActorService service) {
        this.service = service;
        getStyle().set("padding", "1rem");
        boolean canEdit = Roles.current().allows(Roles.Need.COORDINATOR);
        filter.setPlaceholder(getTranslation("action.filter"));
        filter.setAriaLabel(getTranslation("action.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        sectorFilter.setAriaLabel(getTranslation("actor.sector"));
        sectorFilter.setEmptySelectionAllowed(true);
        sectorFilter.setEmptySelectionCaption(getTranslation("actor.allSectors"));
        sectorFilter.setItems(Sector.values());
        sectorFilter.setItemLabelGenerator(s -> s == null ? getTranslation("actor.allSectors") : label(s));
        sectorFilter.addValueChangeListener(e -> refresh());
        RegisterGrids.wrapping(grid);
        grid.addColumn(ActorDetails::name).setHeader(getTranslation("field.name")).setSortable(true);
        grid.addColumn(a -> label(a.kind())).setHeader(getTranslation("field.kind"));
        RegisterGrids.hideOnPhone(grid,
                grid.addColumn(a -> label(a.sector())).setHeader(getTranslation("actor.sector")),
                grid.addColumn(a -> a.operatingArea() == null ? "" : label(a.operatingArea()))
                        .setHeader(getTranslation("actor.area")));
        name.setId("actor-name");
        name.setLabel(getTranslation("field.name"));
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(ActorKind.values());
        kind.setItemLabelGenerator(this::label);
        kind.setId("actor-kind");
        kind.setRequiredIndicatorVisible(true);
        sector.setLabel(getTranslation("actor.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(this::label);
        sector.setId("actor-sector");
        sector.setRequiredIndicatorVisible(true);
        area.setLabel(getTranslation("actor.area"));
        area.setItems(Scale.values());
        area.setItemLabelGenerator(this::label);
        person.setLabel(getTranslation("actor.person"));
        email.setLabel(getTranslation("login.email"));
        phone.setLabel(getTranslation("actor.phone"));
        address.setLabel(getTranslation("actor.address"));
        website.setLabel(getTranslation("actor.website"));
        description.setLabel(getTranslation("field.description"));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("action.close"), click -> {
            draft.keeper.setAside();
            form.setVisible(false);
        });
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            var target = editing;
            if (target != null) {
                Confirm.ask(this, getTranslation("register.delete.confirm", target.name()), () -> delete(target.id()));
            }
        });
        form.setColspan(description, 2);
        draft = new RegisterDraft("actor").text("name", name).choice("kind", kind, ActorKind.class)
                .choice("sector", sector, Sector.class).choice("area", area, Scale.class).text("person", person)
                .text("email", email).text("phone", phone).text("address", address).text("website", website)
                .text("description", description);
        form.setColspan(draft.keeper, 2);
        form.add(draft.keeper);
        draft.watch(form);
        form.add(name, kind, sector, area, person, email, phone, address, website, description, new HorizontalLayout(save, delete, close));
        form.setVisible(false);
        Button add = new Button(getTranslation("action.add"), click -> open(null));
        add.setVisible(canEdit);
        if (canEdit) {
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    open(e.getValue());
                }
            });
        }
        add(new H1(getTranslation("home.actors")), new HorizontalLayout(filter, sectorFilter, add), grid, form);
        refresh();
    }

    private String label(Enum<?> value) {
        return getTranslation(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private void open(ActorDetails actor) {
        editing = actor;
        name.setValue(actor == null ? "" : actor.name());
        // empty until chosen: a default would be saved as if someone had chosen it
        kind.setValue(actor == null ? null : actor.kind());
        sector.setValue(actor == null ? null : actor.sector());
        area.setValue(actor == null ? null : actor.operatingArea());
        person.setValue(actor == null || actor.contact().person() == null ? "" : actor.contact().person());
        email.setValue(actor == null || actor.contact().email() == null ? "" : actor.contact().email());
        phone.setValue(actor == null || actor.contact().phone() == null ? "" : actor.contact().phone());
        address.setValue(actor == null || actor.contact().address() == null ? "" : actor.contact().address());
        website.setValue(actor == null || actor.contact().website() == null ? "" : actor.contact().website());
        description.setValue(actor == null || actor.description() == null ? "" : actor.description());
        delete.setVisible(actor != null);
        draft.open(actor == null ? null : actor.id());
        form.setVisible(true);
        name.focus();
    }

    private void delete(String id) {
        try {
            service.delete(UiSession.requireCaller(), tenantSlug, id);
            draft.keeper.saved(); // the entry is gone, and so is what was typed into it
            form.setVisible(false);
            refresh();
        } catch (ApplicationException e) {
            Messages.problem(Messages.of(this, e));
        }
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("name", name, "kind", kind, "sector", sector,
                "contact.person", person, "contact.email", email, "contact.phone", phone, "contact.address", address,
                "contact.website", website, "description", description);
        fields.values().forEach(f -> f.setInvalid(false));
        ActorInput input = new ActorInput(name.getValue(), kind.getValue(), sector.getValue(), area.getValue(),
                blank(description.getValue()), new ContactInput(blank(person.getValue()), blank(email.getValue()),
                        blank(phone.getValue()), blank(address.getValue()), blank(website.getValue())),
                editing == null ? null : editing.version());
        try {
            String slug = tenantSlug;
            if (editing == null) {
                service.create(UiSession.requireCaller(), slug, input);
            } else {
                service.update(UiSession.requireCaller(), slug, editing.id(), input);
            }
            draft.keeper.saved();
            form.setVisible(false);
            refresh();
            Notification.show(getTranslation("register.saved", input.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e);
        } catch (ConflictException e) {
            if ("name".equals(e.field())) {
                name.setErrorMessage(Messages.of(this, e));
                name.setInvalid(true);
            } else {
                refresh();
                Messages.problem(Messages.of(this, e));
            }
        } catch (ApplicationException e) {
            Messages.problem(Messages.of(this, e));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }


    private void refresh() {
        Map<String, String> filters = sectorFilter.getValue() == null ? Map.of()
                : Map.of("sector", sectorFilter.getValue().name());
        grid.setItems(service.list(UiSession.requireCaller(), tenantSlug,
                new ListQuery(filter.getValue(), filters, "0", "200", "name")).items());
    }
}
