package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.ui.Downloads;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.volunteers.Payloads.Allowances;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingResult;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.YearSummary;
import be.buurtwijzer.plugins.volunteers.domain.AllowanceType;
import be.buurtwijzer.plugins.volunteers.domain.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Expense allowances: book one (the rules refuse or warn, with the room left), the year's bookings and the
 * summary per volunteer, and the nominative list to download.
 */
class AllowanceBook extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final ComboBox<VolunteerDetails> volunteer = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final ComboBox<AllowanceType> type = new ComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField km = new IntegerField();
    final TextField description = new TextField();
    final Button book = new Button();
    final Paragraph result = new Paragraph();
    final IntegerField year = new IntegerField();
    final Grid<BookingDetails> bookings = new Grid<>();
    final Grid<YearSummary> summaries = new Grid<>();
    final FlexLayout downloads = new FlexLayout();
    private final InstrumentContext context;

    AllowanceBook(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        volunteer.setId("allowance-volunteer");
        volunteer.setLabel(context.text("Vrijwilliger", "Volunteer"));
        volunteer.setItemLabelGenerator(v -> v.volunteer().name());
        date.setId("allowance-date");
        date.setLabel(context.text("Dag", "Day"));
        date.setValue(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
        DutchDates.apply(date, context);
        type.setLabel(context.text("Soort vergoeding", "Kind of allowance"));
        type.setItems(AllowanceType.values());
        type.setItemLabelGenerator(a -> context.text(a.label()));
        type.setValue(AllowanceType.FLAT_RATE);
        amount.setId("allowance-amount");
        amount.setLabel(context.text("Bedrag (€)", "Amount (€)"));
        km.setLabel(context.text("Kilometer (bij vervoerskosten)", "Kilometres (for transport costs)"));
        km.setMin(0);
        description.setLabel(context.text("Omschrijving (niet verplicht)", "Description (optional)"));
        description.setMaxLength(500);
        book.setText(context.text("Vergoeding boeken", "Book the allowance"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(e -> book());
        result.setId("allowance-result");
        result.getElement().setAttribute("role", "status");
        year.setId("allowance-year");
        year.setLabel(context.text("Jaar", "Year"));
        year.setValue(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))).getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        bookings.addColumn(BookingDetails::volunteer).setHeader(context.text("Vrijwilliger", "Volunteer"));
        bookings.addColumn(b -> DATE.format(b.date())).setHeader(context.text("Dag", "Day"));
        bookings.addColumn(b -> context.text(b.type().label())).setHeader(context.text("Soort", "Kind"));
        bookings.addColumn(b -> Money.euro(b.amount())).setHeader(context.text("Bedrag", "Amount"));
        bookings.setAllRowsVisible(true);
        summaries.addColumn(YearSummary::volunteer).setHeader(context.text("Vrijwilliger", "Volunteer"));
        summaries.addColumn(s -> Money.euro(s.flatRate())).setHeader(context.text("Forfaitair", "Flat rate"));
        summaries.addColumn(s -> Money.euro(s.realCosts())).setHeader(context.text("Reële kosten", "Real costs"));
        summaries.addColumn(s -> s.room() == null ? "—" : Money.euro(s.room())).setHeader(context.text("Nog mogelijk",
                "Room left"));
        summaries.addColumn(s -> s.nearlyAtCap() ? context.text("bijna aan het plafond", "nearly at the cap") : "")
                .setHeader(context.text("Let op", "Note"));
        summaries.setAllRowsVisible(true);
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.getStyle().set("gap", "1rem");
        add(new FormLayout(volunteer, date, type, amount, km, description), book, result,
                new H3(context.text("Per jaar", "Per year")),
                year, downloads, summaries, bookings);
        refresh();
    }

    @SuppressWarnings("unchecked")
    void refresh() {
        String chosen = volunteer.getValue() == null ? null : volunteer.getValue().id();
        List<VolunteerDetails> active = ((List<VolunteerDetails>) context.call("volunteers", new Payloads.Nothing())).stream()
                .filter(VolunteerDetails::active).toList();
        volunteer.setItems(active);
        // the next allowance is often for the same volunteer: keep them chosen
        active.stream().filter(v -> v.id().equals(chosen)).findFirst().ifPresent(volunteer::setValue);
        int shown = year.getValue() == null ? LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))).getYear() : year.getValue();
        Allowances allowances = (Allowances) context.call("allowances", new Payloads.YearRequest(shown, null));
        bookings.setItems(allowances.bookings());
        summaries.setItems(allowances.volunteers());
        downloads.removeAll();
        downloads.add(download("Nominatieve lijst " + shown + " (CSV)", "Nominative list " + shown + " (CSV)",
                        "vrijwilligersvergoedingen-" + shown + ".csv", "text/csv",
                        () -> new AllowanceList(context, shown).csv()),
                download("Nominatieve lijst " + shown + " (PDF)", "Nominative list " + shown + " (PDF)",
                        "vrijwilligersvergoedingen-" + shown + ".pdf", "application/pdf",
                        () -> new AllowanceList(context, shown).pdf()));
        if (!allowances.capsConfigured()) {
            downloads.add(new Paragraph(context.text("Voor " + shown + " zijn geen wettelijke plafonds ingesteld.",
                    "No legal caps are configured for " + shown + ".")));
        }
    }

    private Anchor download(String nl, String en, String file, String type,
            java.util.function.Supplier<byte[]> content) {
        Anchor link = new Anchor(Downloads.of(file, type, content), context.text(nl, en));
        link.getElement().setAttribute("download", file);
        return link;
    }

    private void book() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("volunteerId", volunteer, "date", date,
                "type", type, "amount", amount, "km", km, "description", description);
        fields.values().forEach(f -> f.setInvalid(false));
        if (volunteer.getValue() == null) {
            volunteer.setErrorMessage(context.text("Kies een vrijwilliger.", "Choose a volunteer."));
            volunteer.setInvalid(true);
            return;
        }
        try {
            BookingResult booked = (BookingResult) context.call("book-allowance", new Payloads.BookingInput(
                    volunteer.getValue().id(), date.getValue(), type.getValue(), amount.getValue(), km.getValue(),
                    description.getValue().isBlank() ? null : description.getValue()));
            String room = booked.roomThisYear() == null ? "" : " " + context.text("Dit jaar kan nog ",
                    "Room left this year: ")
                    + Money.euro(booked.roomThisYear()) + ".";
            result.setText(booked.message() != null ? booked.message() : context.text("Geboekt.", "Booked.") + room);
            amount.clear();
            description.clear();
            refresh();
        } catch (InstrumentException refused) {
            var field = fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
            result.setText(refused.getMessage());
        }
    }
}
