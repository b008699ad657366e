package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The actors of a web (seed 004): each placed by how intensely it collaborates now and needs to, its
 * participation and its sparks or fire, edited in place in one grid; actors are added from the register.
 * Opening an actor's partner scan is a {@link ScanEvent}.
 */
final class ActorsPanel extends VerticalLayout {

    /** Someone opens the partner scan of an actor. */
    static final class ScanEvent extends ComponentEvent<ActorsPanel> {

        private final ActorRow row;

        ScanEvent(ActorsPanel source, ActorRow row) {
            super(source, false);
            this.row = row;
        }

        ActorRow row() {
            return row;
        }
    }

    private final Grid<ActorRow> grid = new Grid<>();
    private final ComboBox<RegisterReader.Actor> addActor = new ComboBox<>();
    private final InstrumentContext context;
    private final List<ActorRow> rows;
    private final boolean canEdit;

    /** @param rows the web's actors as the page edits them; this panel adds, changes and removes them in place */
    ActorsPanel(InstrumentContext context, List<ActorRow> rows, boolean canEdit) {
        this.context = context;
        this.rows = rows;
        this.canEdit = canEdit;
        setPadding(false);
        add(new H2(context.text("Actoren", "Actors")));
        buildGrid();
        addActor.setLabel(context.text("Actor uit het register", "Actor from the register"));
        addActor.setId("spiderweb-add-actor");
        addActor.setItemLabelGenerator(RegisterReader.Actor::name);
        Button add = new Button(context.text("Actor toevoegen", "Add actor"), click -> {
            RegisterReader.Actor actor = addActor.getValue();
            if (actor != null && rows.stream().noneMatch(r -> r.actorId.equals(actor.id()))) {
                ActorRow row = new ActorRow();
                row.actorId = actor.id();
                row.name = actor.name();
                row.sector = actor.sector();
                rows.add(row);
                grid.setItems(rows);
                addActor.clear();
            }
        });
        HorizontalLayout adding = new HorizontalLayout(addActor, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setVisible(canEdit);
        add(grid, adding);
    }

    /** The rows as they are now, and the register's actors to add from. */
    void show(List<RegisterReader.Actor> register) {
        grid.setItems(rows);
        addActor.setItems(register);
    }

    /** The rows as they are now. */
    void refresh() {
        grid.setItems(rows);
    }

    Registration addScanListener(ComponentEventListener<ScanEvent> listener) {
        return addListener(ScanEvent.class, listener);
    }

    private void buildGrid() {
        // fixed widths: on a narrow screen the grid scrolls sideways instead of squeezing its fields into each other
        grid.addColumn(r -> r.name).setHeader(context.text("Actor", "Actor")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(r -> context.text(be.buurtwijzer.plugins.spiderweb.domain.Sector.of(r.sector).label()))
                .setHeader(context.text("Sector", "Sector")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Select<Intensity> now = select(Intensity.values(), r.current, Intensity::label,
                    context.text("Huidige intensiteit van ", "Current intensity of ") + r.name, v -> r.current = v);
            // the method places every actor by how it works together now: chosen, never assumed
            now.setId("spiderweb-current-" + rows.indexOf(r));
            return now;
        })
                .setHeader(context.text("Nu", "Now")).setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(r -> select(Intensity.values(), r.needed, Intensity::label,
                context.text("Nodige intensiteit van ", "Needed intensity of ") + r.name, v -> r.needed = v))
                .setHeader(context.text("Nodig", "Needed")).setWidth("14rem").setFlexGrow(0);
        grid.addColumn(r -> r.needed == null ? "" : context.text(CollaborationCheck.forms(r.needed)))
                .setHeader(context.text("Passende samenwerkingsvormen",
                "Fitting forms of collaboration")).setWidth("14rem")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> select(Participation.values(), r.participation, Participation::label,
                context.text("Participatie van ", "Participation of ") + r.name, v -> r.participation = v))
                .setHeader(context.text("Participatie", "Participation")).setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(r -> select(Enthusiasm.values(), r.enthusiasm, Enthusiasm::label,
                context.text("Enthousiasme van ", "Enthusiasm of ") + r.name, v -> r.enthusiasm = v))
                .setHeader(context.text("Vonken of vuur", "Sparks or fire")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button scan = new Button(context.text("Partnerscan", "Partner scan"),
                    click -> fireEvent(new ScanEvent(this, r)));
            scan.setAriaLabel(context.text("Partnerscan van ", "Partner scan of ") + r.name);
            Button remove = new Button(context.text("Verwijderen", "Remove"), click -> {
                rows.remove(r);
                grid.setItems(rows);
            });
            remove.setAriaLabel(context.text("Verwijderen: ", "Remove: ") + r.name);
            remove.setVisible(canEdit);
            return new HorizontalLayout(scan, remove);
        }).setHeader(context.text("Acties", "Actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("theme", "wrap-cell-content");
        grid.getElement().setAttribute("aria-label", context.text("Actoren in het spinnenweb",
                "Actors in the spider web"));
    }

    private <E extends Enum<E>> Select<E> select(E[] values, E value, Function<E, Text> label, String aria,
            Consumer<E> onChange) {
        Select<E> select = new Select<>();
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(v -> v == null ? "—" : context.text(label.apply(v)));
        select.setValue(value);
        select.setAriaLabel(aria);
        select.setWidthFull();
        select.setReadOnly(!canEdit);
        select.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return select;
    }
}
