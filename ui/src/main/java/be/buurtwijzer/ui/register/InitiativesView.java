package be.buurtwijzer.ui.register;

import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.ActorDetails;
import be.buurtwijzer.core.application.register.InitiativeInput;
import be.buurtwijzer.core.application.register.InitiativeService;
import be.buurtwijzer.core.application.register.InitiativeDetails;
import be.buurtwijzer.core.application.register.ListQuery;
import be.buurtwijzer.core.application.register.NeighbourhoodService;
import be.buurtwijzer.core.application.register.NeighbourhoodDetails;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.domain.register.InitiativeStatus;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Confirm;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The municipality's initiatives with their neighbourhood and actors; partners read, others edit. */
@Route(value = ":municipality/register/initiatives", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.MEMBER)
public class InitiativesView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final Grid<InitiativeDetails> grid = new Grid<>();
    final TextField filter = new TextField();
    final TextField name = new TextField();
    final Select<NeighbourhoodDetails> neighbourhood = new Select<>();
    final TextField goal = new TextField();
    final TextArea description = new TextArea();
    final Select<InitiativeStatus> status = new Select<>();
    final MultiSelectComboBox<ActorDetails> actors = new MultiSelectComboBox<>();
    final FormLayout form = new FormLayout();
    final Button delete = new Button();
    private final InitiativeService service;
    private final NeighbourhoodService neighbourhoods;
    private final ActorService actorService;
    private InitiativeDetails editing;
    private RegisterDraft draft;
    private List<NeighbourhoodDetails> shownNeighbourhoods = List.of();
    private List<ActorDetails> shownActors = List.of();

    @Inject
    public InitiativesView(InitiativeService service, NeighbourhoodService neighbourhoods, ActorService actorService) {
        this.service = service;
        this.neighbourhoods = neighbourhoods;
        this.actorService = actorService;
        getStyle().set("padding", "1rem");
        boolean canEdit = Roles.current().allows(Roles.Need.COORDINATOR);
        filter.setPlaceholder(getTranslation("action.filter"));
        filter.setAriaLabel(getTranslation("action.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        RegisterGrids.wrapping(grid);
        grid.addColumn(InitiativeDetails::name).setHeader(getTranslation("field.name")).setSortable(true);
        Grid.Column<InitiativeDetails> neighbourhoodColumn = grid
                .addColumn(i -> i.neighbourhood() == null ? "" : i.neighbourhood().name())
                .setHeader(getTranslation("nav.neighbourhoods"));
        grid.addColumn(i -> getTranslation("InitiativeStatus." + i.status().name())).setHeader(getTranslation("field.state"));
        RegisterGrids.hideOnPhone(grid, neighbourhoodColumn, grid
                .addColumn(i -> i.actors().stream().map(InitiativeDetails.Reference::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("home.actors")).setFlexGrow(2));
        name.setId("initiative-name");
        name.setLabel(getTranslation("field.name"));
        name.setRequiredIndicatorVisible(true);
        neighbourhood.setLabel(getTranslation("initiative.neighbourhood"));
        neighbourhood.setEmptySelectionAllowed(true);
        neighbourhood.setItemLabelGenerator(n -> n == null ? "" : n.name());
        goal.setLabel(getTranslation("initiative.goal"));
        description.setLabel(getTranslation("field.description"));
        status.setLabel(getTranslation("field.state"));
        status.setRequiredIndicatorVisible(true);
        status.setId("initiative-status");
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("InitiativeStatus." + s.name()));
        actors.setLabel(getTranslation("home.actors"));
        actors.setItemLabelGenerator(ActorDetails::name);
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
        draft = new RegisterDraft("initiative").text("name", name)
                .field("neighbourhood", neighbourhood, NeighbourhoodDetails::id, id -> shownNeighbourhoods.stream()
                        .filter(n -> n.id().equals(id)).findFirst().orElse(null))
                .text("goal", goal).choice("status", status, InitiativeStatus.class)
                .field("actors", actors, chosen -> chosen.stream().map(ActorDetails::id).sorted()
                        .collect(Collectors.joining(",")), ids -> shownActors.stream().filter(a -> ids != null
                        && List.of(ids.split(",")).contains(a.id())).collect(Collectors.toSet()))
                .text("description", description);
        form.add(draft.keeper);
        form.setColspan(draft.keeper, 2);
        draft.watch(form);
        form.add(name, neighbourhood, goal, status, actors, description, new HorizontalLayout(save, delete, close));
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
        add(new H1(getTranslation("home.initiatives")), new HorizontalLayout(filter, add), grid, form);
        refresh();
    }

    private String slug() {
        return tenantSlug;
    }

    private void open(InitiativeDetails initiative) {
        editing = initiative;
        List<NeighbourhoodDetails> allNeighbourhoods = neighbourhoods.list(UiSession.requireCaller(), slug(),
                ListQuery.all()).items();
        List<ActorDetails> allActors = actorService.list(UiSession.requireCaller(), slug(), ListQuery.all()).items();
        neighbourhood.setItems(allNeighbourhoods);
        actors.setItems(allActors);
        shownNeighbourhoods = allNeighbourhoods;
        shownActors = allActors;
        name.setValue(initiative == null ? "" : initiative.name());
        neighbourhood.setValue(initiative == null || initiative.neighbourhood() == null ? null
                : allNeighbourhoods.stream().filter(n -> n.id().equals(initiative.neighbourhood().id())).findFirst()
                        .orElse(null));
        goal.setValue(initiative == null || initiative.goal() == null ? "" : initiative.goal());
        description.setValue(initiative == null || initiative.description() == null ? "" : initiative.description());
        status.setValue(initiative == null ? InitiativeStatus.IDEA : initiative.status());
        actors.setValue(initiative == null ? java.util.Set.of() : allActors.stream()
                .filter(a -> initiative.actors().stream().anyMatch(r -> r.id().equals(a.id())))
                .collect(Collectors.toSet()));
        delete.setVisible(initiative != null);
        draft.open(initiative == null ? null : initiative.id());
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
        Map<String, HasValidation> fields = Map.of("name", name, "goal", goal, "description", description,
                "status", status);
        fields.values().forEach(f -> f.setInvalid(false));
        InitiativeInput input = new InitiativeInput(name.getValue(),
                neighbourhood.getValue() == null ? null : neighbourhood.getValue().id(), goal.getValue(),
                description.getValue(), status.getValue(),
                actors.getValue().stream().map(ActorDetails::id).filter(Objects::nonNull).sorted().toList(),
                editing == null ? null : editing.version());
        try {
            if (editing == null) {
                service.create(UiSession.requireCaller(), slug(), input);
            } else {
                service.update(UiSession.requireCaller(), slug(), editing.id(), input);
            }
            draft.keeper.saved();
            form.setVisible(false);
            refresh();
            Notification.show(getTranslation("register.saved", name.getValue()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e).forEach(v -> Messages.problem(Messages.of(this, v)));
        } catch (ConflictException e) {
            refresh();
            Messages.problem(Messages.of(this, e));
        } catch (ApplicationException e) {
            Messages.problem(Messages.of(this, e));
        }
    }


    private void refresh() {
        grid.setItems(service.list(UiSession.requireCaller(), slug(),
                new ListQuery(filter.getValue(), Map.of(), "0", "200", "name")).items());
    }
}
