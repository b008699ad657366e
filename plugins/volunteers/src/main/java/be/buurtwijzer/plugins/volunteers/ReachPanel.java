package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader.Neighbourhood;
import be.buurtwijzer.plugins.volunteers.Payloads.ComparisonDetails;
import be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile;
import be.buurtwijzer.plugins.volunteers.domain.ReachComparison;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer.AgeBand;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The volunteers held against the residents of their neighbourhood, per age band and for newcomers, with the
 * seed's warning where a group of residents is missing among the volunteers; counts only, for everyone who may
 * read the policy. Who writes the policy enters the residents, with source and date.
 */
class ReachPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Div comparisons = new Div();
    final ComboBox<Neighbourhood> neighbourhood = new ComboBox<>();
    final Map<AgeBand, IntegerField> residents = new EnumMap<>(AgeBand.class);
    final IntegerField newcomers = new IntegerField();
    final TextField source = new TextField();
    final DatePicker date = new DatePicker();
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    private final InstrumentContext context;
    private List<ComparisonDetails> shown = List.of();

    ReachPanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        add(new H3(context.text("Vrijwilligers tegenover de buurt", "Volunteers against the neighbourhood")),
                new Paragraph(context.text("Blijft de groep open voor nieuwe en kwetsbaardere bewoners? Hier staan de vrijwilligers "
                        + "van een buurt naast haar bewoners (alleen vrijwilligers die hun leeftijdsgroep gaven, met hun "
                        + "toestemming).", "Does the group stay open to new and more vulnerable residents? Here the "
                        + "volunteers of a neighbourhood stand beside its residents (only volunteers who gave their age "
                        + "band, with their consent).")), comparisons);
        if (context.user().has(VolunteersInstrument.POLICY_WRITE)) {
            form();
        }
        refresh();
    }

    private void form() {
        neighbourhood.setId("profile-neighbourhood");
        neighbourhood.setLabel(context.text("Buurt", "Neighbourhood"));
        neighbourhood.setItems(context.register().neighbourhoods());
        neighbourhood.setItemLabelGenerator(Neighbourhood::name);
        neighbourhood.addValueChangeListener(e -> fill(e.getValue()));
        FormLayout fields = new FormLayout(neighbourhood);
        for (AgeBand band : AgeBand.values()) {
            IntegerField field = new IntegerField(context.text("Bewoners ", "Residents ") + AgeBands.label(band,
                    context));
            field.setId("residents-" + band.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            field.setMin(0);
            residents.put(band, field);
            fields.add(field);
        }
        newcomers.setLabel(context.text("Nieuwe bewoners, laatste twee jaar (niet verplicht)",
                "New residents, last two years "
                + "(optional)"));
        newcomers.setMin(0);
        source.setId("profile-source");
        source.setLabel(context.text("Bron", "Source"));
        source.setPlaceholder(context.text("bv. bevolkingsregister, gemeente- en stadsmonitor",
                "e.g. population register"));
        source.setRequiredIndicatorVisible(true);
        date.setLabel(context.text("Toestand op", "Figures as of"));
        date.setRequiredIndicatorVisible(true);
        DutchDates.apply(date, context);
        fields.add(newcomers, source, date);
        save.setText(context.text("Bewoners bewaren", "Save the residents"));
        save.addClickListener(e -> save());
        result.getElement().setAttribute("role", "status");
        add(new H3(context.text("Bewoners van een buurt", "Residents of a neighbourhood")), fields, save, result);
    }

    @SuppressWarnings("unchecked")
    void refresh() {
        shown = (List<ComparisonDetails>) context.call("reach-comparison", new Payloads.Nothing());
        comparisons.removeAll();
        if (shown.isEmpty()) {
            comparisons.add(new Paragraph(context.text("Nog geen buurt beschreven: vul hieronder de bewoners van een buurt in.",
                    "No neighbourhood described yet: enter the residents of a neighbourhood below.")));
        }
        shown.forEach(view -> comparisons.add(comparison(view)));
    }

    private Div comparison(ComparisonDetails view) {
        ReachComparison c = view.comparison();
        Div block = new Div();
        block.add(new H4(view.neighbourhood()), new Paragraph(context.text("Bron: ", "Source: ") + c.source() + ", "
                + DATE.format(c.date())));
        Grid<ReachComparison.Band> grid = new Grid<>();
        grid.addColumn(b -> AgeBands.label(b.band(), context)).setHeader(context.text("Leeftijd", "Age"));
        grid.addColumn(b -> percent(b.residentsShare())).setHeader(context.text("Bewoners", "Residents"));
        grid.addColumn(b -> b.volunteersShare() == null ? "—" : percent(b.volunteersShare()) + " (" + b.volunteers() + ")")
                .setHeader(context.text("Vrijwilligers", "Volunteers"));
        grid.addColumn(b -> b.underrepresented() ? context.text("ondervertegenwoordigd", "underrepresented") : "")
                .setHeader(context.text("Let op", "Note"));
        grid.setItems(c.bands());
        grid.setAllRowsVisible(true);
        block.add(grid);
        String under = c.bands().stream().filter(ReachComparison.Band::underrepresented)
                .map(b -> AgeBands.label(b.band(), context)).collect(Collectors.joining(", "));
        Paragraph verdict = new Paragraph();
        if (c.tooFew()) {
            verdict.setText(context.text("Te weinig vrijwilligers met een leeftijdsgroep ("
                    + c.volunteersWithAgeBand() + ", minstens 3) "
                    + "om de groep met de buurt te vergelijken.", "Too few volunteers with an age band ("
                    + c.volunteersWithAgeBand() + ", at least 3) to compare the group with the neighbourhood."));
        } else if (!under.isEmpty() || c.newcomersUnderrepresented()) {
            String who = under.isEmpty() ? context.text("nieuwe bewoners", "new residents") : under
                    + (c.newcomersUnderrepresented() ? context.text(" en nieuwe bewoners", " and new residents") : "");
            verdict.setText(context.text("Opgelet: " + who
                    + " zijn bij de vrijwilligers veel minder vertegenwoordigd dan in de "
                    + "buurt. Een groep mag zich niet terugplooien; ze blijft open voor bewoners met een andere kijk, "
                    + "andere noden of een kwetsbaarder profiel (toolbox Zorgzame Buurten, fiche K).", "Note: " + who
                    + " are far less represented among the volunteers than in the neighbourhood. A group must not close "
                    + "in on itself; it stays open to residents with another view, other needs or a more vulnerable "
                    + "profile (toolbox Zorgzame Buurten, sheet K)."));
        } else {
            verdict.setText(context.text("De vrijwilligers lijken op de buurt.",
                    "The volunteers resemble the neighbourhood."));
        }
        block.add(verdict);
        if (c.newcomersAmongResidents() != null) {
            block.add(new Paragraph(context.text("Nieuwe bewoners: ", "New residents: ")
                    + percent(c.newcomersAmongResidents())
                    + context.text(" van de buurt, ", " of the neighbourhood, ")
                    + (c.newcomersAmongVolunteers() == null ? "—"
                    : percent(c.newcomersAmongVolunteers())) + context.text(" van de vrijwilligers.",
                    " of the volunteers.")));
        }
        return block;
    }

    private String percent(BigDecimal share) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(context.locale())).format(share) + " %";
    }

    private void fill(Neighbourhood chosen) {
        NeighbourhoodProfile p = chosen == null ? null : shown.stream()
                .filter(v -> v.comparison().neighbourhoodId().equals(chosen.id())).findFirst()
                .map(v -> new NeighbourhoodProfile(chosen.id(), null, null, v.comparison().source(), v.comparison().date()))
                .orElse(null);
        residents.forEach((band, field) -> field.setValue(chosen == null ? null : shown.stream()
                .filter(v -> v.comparison().neighbourhoodId().equals(chosen.id()))
                .flatMap(v -> v.comparison().bands().stream()).filter(b -> b.band() == band)
                .map(ReachComparison.Band::residents).findFirst().orElse(null)));
        source.setValue(p == null ? "" : p.source());
        date.setValue(p == null ? null : p.date());
        newcomers.clear();
    }

    private void save() {
        residents.values().forEach(f -> f.setInvalid(false));
        source.setInvalid(false);
        date.setInvalid(false);
        neighbourhood.setInvalid(false);
        Map<AgeBand, Integer> counts = new EnumMap<>(AgeBand.class);
        residents.forEach((band, field) -> {
            if (field.getValue() != null) {
                counts.put(band, field.getValue());
            }
        });
        try {
            context.call("save-neighbourhood-profile", new Payloads.ProfileInput(new NeighbourhoodProfile(
                    neighbourhood.getValue() == null ? null : neighbourhood.getValue().id(), counts, newcomers.getValue(),
                    source.getValue().isBlank() ? null : source.getValue().strip(), date.getValue()), null));
            result.setText(context.text("Bewoners bewaard.", "Residents saved."));
            refresh();
        } catch (InstrumentException refused) {
            String field = String.valueOf(refused.field());
            String message = switch (field) {
                case "profile.neighbourhoodId" -> context.text("Kies een buurt.", "Choose a neighbourhood.");
                case "profile.residentsByAgeBand" -> context.text("Geef het aantal bewoners van minstens één leeftijdsgroep (0 of "
                        + "meer).", "Give the residents of at least one age band (0 or more).");
                case "profile.newcomers" -> context.text("Nieuwe bewoners: tussen 0 en het aantal bewoners.",
                        "New residents: "
                        + "between 0 and the number of residents.");
                case "profile.source" -> context.text("Zeg waar de cijfers vandaan komen (hoogstens 300 tekens).",
                        "Say where the "
                        + "figures come from (300 characters at most).");
                case "profile.date" -> context.text("Kies de dag waarop de cijfers slaan.",
                        "Choose the day the figures describe.");
                default -> refused.getMessage();
            };
            switch (field) {
                case "profile.neighbourhoodId" -> invalid(neighbourhood, message);
                case "profile.residentsByAgeBand" -> invalid(residents.get(AgeBand.UNDER_25), message);
                case "profile.newcomers" -> invalid(newcomers, message);
                case "profile.source" -> invalid(source, message);
                case "profile.date" -> invalid(date, message);
                default -> { }
            }
            result.setText(message);
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
