package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.logbook.Payloads.MeasurementDetails;
import be.buurtwijzer.plugins.logbook.Payloads.TheorySummary;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Measurements against the indicators of a theory of change: a number, a day and where it comes from. */
class MeasurementPanel extends VerticalLayout implements be.buurtwijzer.plugins.support.Sections.Refreshable {

    final ComboBox<TheorySummary> theory = new ComboBox<>();
    final ComboBox<Theory.Indicator> indicator = new ComboBox<>();
    final DatePicker date;
    final BigDecimalField value = new BigDecimalField();
    final TextField source = new TextField();
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    final Grid<MeasurementDetails> grid = new Grid<>();
    private final InstrumentContext context;

    MeasurementPanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        date = DutchDates.picker(context.text("Dag", "Day"), context);
        date.setId("measurement-date");
        date.setMax(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
        theory.setLabel(context.text("Veranderingstheorie", "Theory of change"));
        theory.setItemLabelGenerator(TheorySummary::name);
        theory.addValueChangeListener(e -> chooseTheory());
        indicator.setId("measurement-indicator");
        indicator.setLabel(context.text("Indicator", "Indicator"));
        indicator.setItemLabelGenerator(i -> i.what() + (i.unit() == null ? "" : " (" + i.unit() + ")"));
        value.setId("measurement-value");
        value.setLabel(context.text("Waarde", "Value"));
        source.setId("measurement-source");
        source.setLabel(context.text("Bron", "Source"));
        source.setPlaceholder(context.text("bv. telling aan de deur", "e.g. counted at the door"));
        save.setText(context.text("Meting noteren", "Record the measurement"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        result.getElement().setAttribute("role", "status");
        DecimalFormat number = new DecimalFormat("#,##0.####", be.buurtwijzer.plugins.logbook.domain.ReportAssembler.symbols(context.locale()));
        grid.addColumn(MeasurementDetails::indicator).setHeader(context.text("Indicator", "Indicator")).setFlexGrow(2);
        grid.addColumn(m -> DutchDates.DATE.format(m.measurement().date())).setHeader(context.text("Dag", "Day"));
        grid.addColumn(m -> number.format(m.measurement().value()) + (m.unit() == null ? "" : " " + m.unit()))
                .setHeader(context.text("Waarde", "Value"));
        grid.addColumn(m -> m.measurement().source()).setHeader(context.text("Bron", "Source"));
        grid.setAllRowsVisible(true);
        add(new H2(context.text("Metingen", "Measurements")),
                new Paragraph(context.text("Noteer wat de indicatoren van je "
                + "veranderingstheorie vragen: het verslag toont ze naast hun streefwaarde en in een grafiek.", "Record "
                + "what the indicators of your theory of change ask for: the report shows them beside their target and "
                + "in a chart.")));
        if (context.user().has(LogbookInstrument.WRITE)) {
            add(new FormLayout(theory, indicator, date, value, source), save, result);
        } else {
            add(theory);
        }
        add(grid);
        refresh();
    }

    @SuppressWarnings("unchecked")
    @Override
    public void refresh() {
        String chosen = theory.getValue() == null ? null : theory.getValue().id();
        List<TheorySummary> all = (List<TheorySummary>) context.call("theories", new Payloads.Nothing());
        theory.setItems(all);
        all.stream().filter(s -> s.id().equals(chosen)).findFirst().or(() -> all.stream().findFirst())
                .ifPresent(theory::setValue);
    }

    @SuppressWarnings("unchecked")
    private void chooseTheory() {
        if (theory.getValue() == null) {
            indicator.setItems(List.of());
            grid.setItems(List.of());
            return;
        }
        Theory t = ((Payloads.TheoryDetails) context.call("theory", new Payloads.TheoryRequest(theory.getValue().id(), null)))
                .theory();
        indicator.setItems(t.indicators());
        grid.setItems((List<MeasurementDetails>) context.call("measurements", new Payloads.MeasurementRequest(
                theory.getValue().id(), null)));
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("theoryId", theory, "indicatorId", indicator, "date", date, "value",
                value, "source", source);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            context.call("record-measurement", new Measurement(theory.getValue() == null ? null : theory.getValue().id(),
                    indicator.getValue() == null ? null : indicator.getValue().id(), date.getValue(), value.getValue(),
                    source.getValue().isBlank() ? null : source.getValue().strip(), null));
            result.setText(context.text("Meting genoteerd.", "Measurement recorded."));
            value.clear();
            chooseTheory();
        } catch (InstrumentException refused) {
            String message = switch (String.valueOf(refused.field())) {
                case "theoryId" -> context.text("Kies een veranderingstheorie.", "Choose a theory of change.");
                case "indicatorId" -> context.text("Kies een indicator van deze veranderingstheorie.",
                        "Choose an indicator of this "
                        + "theory of change.");
                case "date" -> context.text("Kies een dag, vandaag of vroeger.", "Choose a day, today or earlier.");
                case "value" -> context.text("Geef een getal (tot een miljard, hoogstens vier decimalen).",
                        "Give a number (up to a "
                        + "billion, four decimals at most).");
                case "source" -> context.text("Zeg waar het getal vandaan komt.", "Say where the number comes from.");
                default -> refused.getMessage();
            };
            HasValidation field = fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            result.setText(message);
        }
    }
}
