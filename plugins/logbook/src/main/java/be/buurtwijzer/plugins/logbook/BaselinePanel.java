package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader.Neighbourhood;
import be.buurtwijzer.plugins.logbook.Payloads.BaselineDetails;
import be.buurtwijzer.plugins.logbook.domain.Baseline;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline (beginsituatie) of a neighbourhood: dated figures with their source and a narrative, confirmed
 * once, then frozen so that later reports compare against the same start.
 */
class BaselinePanel extends VerticalLayout implements be.buurtwijzer.plugins.support.Sections.Refreshable {

    final ComboBox<Neighbourhood> neighbourhood = new ComboBox<>();
    final DatePicker date;
    final TextArea narrative = new TextArea();
    final TextField label = new TextField();
    final BigDecimalField value = new BigDecimalField();
    final TextField unit = new TextField();
    final TextField source = new TextField();
    final DatePicker figureDate;
    final Button addFigure = new Button();
    final Grid<Baseline.Figure> figures = new Grid<>();
    final Button save = new Button();
    final Button confirm = new Button();
    final Paragraph result = new Paragraph();
    final Paragraph state = new Paragraph();
    private final InstrumentContext context;
    private final List<Baseline.Figure> shownFigures = new ArrayList<>();
    private List<BaselineDetails> all = List.of();
    private BaselineDetails shown;

    BaselinePanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        date = DutchDates.picker(context.text("Toestand op", "As of"), context);
        date.setId("baseline-date");
        figureDate = DutchDates.picker(context.text("Datum van het cijfer", "Date of the figure"), context);
        figureDate.setId("figure-date");
        neighbourhood.setId("baseline-neighbourhood");
        neighbourhood.setLabel(context.text("Buurt", "Neighbourhood"));
        neighbourhood.setItemLabelGenerator(Neighbourhood::name);
        neighbourhood.addValueChangeListener(e -> load(e.getValue()));
        narrative.setId("baseline-narrative");
        narrative.setLabel(context.text("Hoe was de buurt bij de start?",
                "What was the neighbourhood like at the start?"));
        label.setId("figure-label");
        label.setLabel(context.text("Gegeven", "Figure"));
        label.setPlaceholder(context.text("bv. 65-plussers", "e.g. residents aged 65 or older"));
        value.setId("figure-value");
        value.setLabel(context.text("Waarde", "Value"));
        unit.setLabel(context.text("Eenheid", "Unit"));
        source.setId("figure-source");
        source.setLabel(context.text("Bron", "Source"));
        addFigure.setText(context.text("Cijfer toevoegen", "Add the figure"));
        addFigure.addClickListener(e -> addFigure());
        DecimalFormat number = new DecimalFormat("#,##0.####", be.buurtwijzer.plugins.logbook.domain.ReportAssembler.symbols(context.locale()));
        figures.addColumn(Baseline.Figure::label).setHeader(context.text("Gegeven", "Figure")).setFlexGrow(2);
        figures.addColumn(f -> number.format(f.value()) + (f.unit() == null ? "" : " " + f.unit()))
                .setHeader(context.text("Waarde", "Value"));
        figures.addColumn(Baseline.Figure::source).setHeader(context.text("Bron", "Source"));
        figures.addColumn(f -> DutchDates.DATE.format(f.date())).setHeader(context.text("Datum", "Date"));
        figures.setAllRowsVisible(true);
        save.setText(context.text("Beginsituatie bewaren", "Save the baseline"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        confirm.setText(context.text("Bevestigen (ligt daarna vast)", "Confirm (frozen afterwards)"));
        confirm.addClickListener(e -> confirm());
        result.getElement().setAttribute("role", "status");
        add(new H2(context.text("Beginsituatie", "Baseline")),
                new Paragraph(context.text("Leg de buurt vast zoals ze was vóór de start, met "
                + "cijfers (met hun bron en datum) en een verhaal uit de buurtanalyse. Bevestigd, ligt ze vast: latere "
                + "verslagen vergelijken ermee.", "Record the neighbourhood as it was before the start, with figures "
                + "(with their source and date) and a story from the neighbourhood analysis. Once confirmed it is "
                + "frozen: later reports compare against it.")), neighbourhood, state, new FormLayout(date, narrative),
                new H3(context.text("Cijfers", "Figures")));
        boolean writes = context.user().has(LogbookInstrument.WRITE);
        if (writes) {
            add(new FormLayout(label, value, unit, source, figureDate), addFigure);
        }
        add(figures);
        if (writes) {
            add(save, confirm, result);
        }
        refresh();
    }

    @SuppressWarnings("unchecked")
    @Override
    public void refresh() {
        all = (List<BaselineDetails>) context.call("baselines", new Payloads.Nothing());
        Neighbourhood chosen = neighbourhood.getValue();
        neighbourhood.setItems(context.register().neighbourhoods());
        if (chosen != null) {
            context.register().neighbourhoods().stream().filter(n -> n.id().equals(chosen.id())).findFirst()
                    .ifPresent(neighbourhood::setValue);
        }
    }

    private void load(Neighbourhood chosenNeighbourhood) {
        shown = chosenNeighbourhood == null ? null : all.stream()
                .filter(b -> b.baseline().neighbourhoodId().equals(chosenNeighbourhood.id())).findFirst().orElse(null);
        Baseline b = shown == null ? null : shown.baseline();
        date.setValue(b == null ? null : b.date());
        narrative.setValue(b == null || b.narrative() == null ? "" : b.narrative());
        shownFigures.clear();
        if (b != null) {
            shownFigures.addAll(b.figures());
        }
        figures.setItems(List.copyOf(shownFigures));
        boolean frozen = b != null && b.confirmed();
        state.setText(b == null ? context.text("Nog geen beginsituatie voor deze buurt.",
                "No baseline for this neighbourhood yet.")
                : frozen ? context.text("Bevestigd door " + b.confirmedBy() + ": ligt vast.", "Confirmed by "
                + b.confirmedBy()
                        + ": frozen.") : context.text("Ontwerp: nog niet bevestigd.", "Draft: not confirmed yet."));
        date.setReadOnly(frozen);
        narrative.setReadOnly(frozen);
        label.setReadOnly(frozen);
        value.setReadOnly(frozen);
        unit.setReadOnly(frozen);
        source.setReadOnly(frozen);
        figureDate.setReadOnly(frozen);
        addFigure.setEnabled(!frozen);
        save.setEnabled(!frozen);
        confirm.setEnabled(b != null && !frozen);
    }

    private void addFigure() {
        label.setInvalid(false);
        if (label.getValue().isBlank() || value.getValue() == null || source.getValue().isBlank()
                || figureDate.getValue() == null) {
            label.setErrorMessage(context.text("Een cijfer heeft een naam, een waarde, een bron en een datum.",
                    "A figure has a "
                    + "name, a value, a source and a date."));
            label.setInvalid(true);
            return;
        }
        shownFigures.add(new Baseline.Figure(label.getValue().strip(), value.getValue(), unit.getValue().isBlank() ? null
                : unit.getValue().strip(), source.getValue().strip(), figureDate.getValue()));
        figures.setItems(List.copyOf(shownFigures));
        label.clear();
        value.clear();
        unit.clear();
    }

    private void save() {
        neighbourhood.setInvalid(false);
        date.setInvalid(false);
        try {
            shown = (BaselineDetails) context.call("save-baseline", new Payloads.BaselineInput(shown == null ? null
                    : shown.id(), shown == null ? null : shown.version(), new Baseline(neighbourhood.getValue() == null
                    ? null : neighbourhood.getValue().id(), date.getValue(), shownFigures, narrative.getValue().isBlank()
                    ? null : narrative.getValue().strip(), null, null)));
            result.setText(context.text("Beginsituatie bewaard.", "Baseline saved."));
            refresh();
        } catch (InstrumentException refused) {
            String field = String.valueOf(refused.field());
            String message = field.endsWith("neighbourhoodId") ? context.text("Kies een buurt.",
                    "Choose a neighbourhood.")
                    : field.endsWith("date") ? context.text("Kies de dag die de beginsituatie beschrijft.",
                    "Choose the day the "
                            + "baseline describes.") : field.endsWith("figures") ? context.text("Geef minstens één cijfer of een "
                            + "verhaal.", "Give at least one figure or a story.") : refused.getMessage();
            if (field.endsWith("neighbourhoodId")) {
                neighbourhood.setErrorMessage(message);
                neighbourhood.setInvalid(true);
            } else if (field.endsWith("date")) {
                date.setErrorMessage(message);
                date.setInvalid(true);
            }
            result.setText(message);
        }
    }

    private void confirm() {
        try {
            shown = (BaselineDetails) context.call("confirm-baseline", new Payloads.Confirm(shown.id(), shown.version()));
            result.setText(context.text("Bevestigd: deze beginsituatie ligt nu vast.",
                    "Confirmed: this baseline is now frozen."));
            refresh();
        } catch (InstrumentException refused) {
            result.setText(refused.getMessage());
        }
    }
}
