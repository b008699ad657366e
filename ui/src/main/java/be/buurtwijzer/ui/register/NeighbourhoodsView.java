package be.buurtwijzer.ui.register;

import be.buurtwijzer.core.application.register.ListQuery;
import be.buurtwijzer.core.application.register.NeighbourhoodService;
import be.buurtwijzer.core.application.register.NeighbourhoodDetails;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;

/** The municipality's neighbourhoods: a filterable grid and a form; partners read, others edit. */
@Route(value = ":municipality/register/neighbourhoods", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.MEMBER)
public class NeighbourhoodsView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final Grid<NeighbourhoodDetails> grid = new Grid<>();
    final TextField filter = new TextField();
    final NeighbourhoodForm form = new NeighbourhoodForm();
    final Button add = new Button();
    private final NeighbourhoodService service;

    @Inject
    public NeighbourhoodsView(NeighbourhoodService service) {
        this.service = service;
        getStyle().set("padding", "1rem");
        boolean canEdit = Roles.current().allows(Roles.Need.COORDINATOR);
        filter.setPlaceholder(getTranslation("action.filter"));
        filter.setAriaLabel(getTranslation("action.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        add.setText(getTranslation("action.add"));
        add.setVisible(canEdit);
        add.addClickListener(click -> open(null));
        RegisterGrids.wrapping(grid);
        grid.addColumn(NeighbourhoodDetails::name).setHeader(getTranslation("field.name")).setSortable(true);
        grid.addColumn(n -> getTranslation("NeighbourhoodKind." + n.kind().name())).setHeader(getTranslation("field.kind"));
        RegisterGrids.hideOnPhone(grid,
                grid.addColumn(NeighbourhoodDetails::description).setHeader(getTranslation("field.description")));
        if (canEdit) {
            grid.asSingleSelect().addValueChangeListener(select -> {
                if (select.getValue() != null) {
                    open(select.getValue());
                }
            });
        }
        form.setVisible(false);
        form.addSaveListener(save -> save(save.input()));
        form.addDeleteListener(delete -> be.buurtwijzer.ui.views.Confirm.ask(this, getTranslation(
                "register.delete.confirm", delete.neighbourhood().name()), () -> delete(delete.neighbourhood())));
        form.addCloseListener(close -> {
            form.setAside();
            form.setVisible(false);
        });
        add(new H1(getTranslation("nav.neighbourhoods")), new HorizontalLayout(filter, add), grid, form);
        refresh();
    }

    private String slug() {
        return tenantSlug;
    }

    void refresh() {
        grid.setItems(service.list(UiSession.requireCaller(), slug(),
                new ListQuery(filter.getValue(), Map.of(), "0", "200", "name")).items());
    }

    void open(NeighbourhoodDetails neighbourhood) {
        form.edit(neighbourhood);
        form.setVisible(true);
        form.name.focus();
    }

    void save(be.buurtwijzer.core.application.register.NeighbourhoodInput input) {
        form.clearErrors();
        try {
            if (form.editing() == null) {
                service.create(UiSession.requireCaller(), slug(), input);
            } else {
                service.update(UiSession.requireCaller(), slug(), form.editing().id(), input);
            }
            form.saved();
            form.setVisible(false);
            refresh();
            Notification.show(getTranslation("saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> form.showError(v.field(), Messages.of(this, v)));
        } catch (ConflictException e) {
            if ("version".equals(e.field())) {
                refresh();
                // says who changed it, when the platform knows; the typed values stay in the form
                Messages.problem(Messages.of(this, e));
            } else if (!form.showError(e.field(), Messages.of(this, e))) {
                Messages.problem(Messages.of(this, e));
            }
        } catch (ApplicationException e) {
            Messages.problem(Messages.of(this, e));
        }
    }

    void delete(NeighbourhoodDetails neighbourhood) {
        try {
            service.delete(UiSession.requireCaller(), slug(), neighbourhood.id());
            form.saved(); // the entry is gone, and so is what was typed into it
            form.setVisible(false);
            refresh();
        } catch (ApplicationException e) {
            Messages.problem(Messages.of(this, e));
        }
    }

}
