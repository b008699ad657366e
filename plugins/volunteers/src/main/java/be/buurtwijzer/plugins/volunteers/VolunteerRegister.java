package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The volunteer register: who volunteers since when, with the optional reach fields; add and change. */
class VolunteerRegister extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Grid<VolunteerDetails> grid = new Grid<>();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final TextField skills = new TextField();
    final TextField languages = new TextField();
    final ComboBox<Volunteer.AgeBand> ageBand = new ComboBox<>();
    final Checkbox increased = new Checkbox();
    final Checkbox consent = new Checkbox();
    final Button save = new Button();
    final Button fresh = new Button();
    final Paragraph result = new Paragraph();
    final Paragraph reach = new Paragraph();
    final Paragraph renewal = new Paragraph();
    private final InstrumentContext context;
    private final Runnable changed;
    private VolunteerDetails editing;

    VolunteerRegister(InstrumentContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
        setPadding(false);
        grid.addColumn(v -> v.volunteer().name()).setHeader(context.text("Naam", "Name")).setSortable(true);
        grid.addColumn(v -> v.volunteer().start() == null ? "" : DATE.format(v.volunteer().start()))
                .setHeader(context.text("Sinds", "Since"));
        grid.addColumn(v -> v.volunteer().end() == null ? "" : DATE.format(v.volunteer().end())).setHeader(context.text("Tot", "Until"));
        grid.addColumn(v -> v.active() ? context.text("actief", "active") : context.text("gestopt",
                "left")).setHeader(context.text("Status", "Status"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> edit(e.getFirstSelectedItem().orElse(null)));
        name.setId("volunteer-name");
        name.setLabel(context.text("Naam", "Name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setLabel(context.text("E-mail", "E-mail"));
        phone.setLabel(context.text("Telefoon", "Phone"));
        start.setId("volunteer-start");
        start.setLabel(context.text("Vrijwilliger sinds", "Volunteer since"));
        start.setRequiredIndicatorVisible(true);
        end.setLabel(context.text("Gestopt op", "Left on"));
        DutchDates.apply(start, context);
        DutchDates.apply(end, context);
        skills.setLabel(context.text("Vaardigheden (komma's ertussen)", "Skills (comma-separated)"));
        languages.setLabel(context.text("Talen (komma's ertussen)", "Languages (comma-separated)"));
        ageBand.setLabel(context.text("Leeftijdsgroep (niet verplicht)", "Age band (optional)"));
        ageBand.setItems(Volunteer.AgeBand.values());
        ageBand.setItemLabelGenerator(this::band);
        consent.setLabel(context.text("De vrijwilliger geeft toestemming om leeftijdsgroep en verhuisjaar bij te houden (alleen "
                + "voor het overzicht van het bereik)", "The volunteer consents to keeping the age band and the year of "
                + "moving in (only for the reach overview)"));
        consent.addValueChangeListener(e -> ageBand.setEnabled(e.getValue()));
        ageBand.setEnabled(false);
        increased.setLabel(context.text("Valt onder een categorie met verhoogd jaarplafond",
                "In a category with an increased "
                + "yearly cap"));
        save.setText(context.text("Vrijwilliger bewaren", "Save the volunteer"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        fresh.setText(context.text("Nieuwe vrijwilliger", "New volunteer"));
        fresh.addClickListener(e -> grid.deselectAll());
        result.getElement().setAttribute("role", "status");
        FormLayout form = new FormLayout(name, email, phone, start, end, skills, languages, consent, ageBand, increased);
        renewal.getStyle().set("color", "var(--lumo-error-text-color)");
        add(reach, renewal, grid, fresh, form, save, result);
        refresh();
    }

    private String band(Volunteer.AgeBand band) {
        return AgeBands.label(band, context);
    }

    @SuppressWarnings("unchecked")
    void refresh() {
        grid.setItems((List<VolunteerDetails>) context.call("volunteers", new Payloads.Nothing()));
        be.buurtwijzer.plugins.volunteers.domain.Reach r = (be.buurtwijzer.plugins.volunteers.domain.Reach) context.call(
                "reach", new Payloads.Nothing());
        boolean english = "en".equals(context.locale().getLanguage());
        String languages = r.byLanguage().entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
        String ages = r.byAgeBand().entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> band(Volunteer.AgeBand.valueOf(e.getKey())) + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        reach.setText(new java.text.MessageFormat(english
                ? "{0,choice,0#No active volunteers|1#1 active volunteer|1<{0} active volunteers}, {1,choice,0#nobody "
                        + "joined|1#1 joined|1<{1} joined} in the last year. Languages: {2}. Ages: {3}."
                : "{0,choice,0#Geen actieve vrijwilligers|1#1 actieve vrijwilliger|1<{0} actieve vrijwilligers}, "
                        + "{1,choice,0#niemand sloot aan|1#1 sloot aan|1<{1} sloten aan} in het afgelopen jaar. Talen: {2}. "
                        + "Leeftijd: {3}.", context.locale()).format(new Object[] {r.active(), r.joinedLastYear(),
                languages.isEmpty() ? "—" : languages, ages.isEmpty() ? "—" : ages}));
        renewal.setText(r.notRenewing() ? context.text("Opgelet: niemand sloot het afgelopen jaar aan. Een groep mag zich niet "
                + "terugplooien; ze blijft open voor bewoners met een andere kijk, andere noden of een kwetsbaarder "
                + "profiel (toolbox Zorgzame Buurten, fiche K).", "Note: nobody joined in the last year. A group must "
                + "not close in on itself; it stays open to residents with another view, other needs or a more "
                + "vulnerable profile (toolbox Zorgzame Buurten, sheet K).") : "");
    }

    private void edit(VolunteerDetails view) {
        editing = view;
        Volunteer v = view == null ? null : view.volunteer();
        name.setValue(v == null ? "" : v.name());
        email.setValue(v == null || v.email() == null ? "" : v.email());
        phone.setValue(v == null || v.phone() == null ? "" : v.phone());
        start.setValue(v == null ? null : v.start());
        end.setValue(v == null ? null : v.end());
        skills.setValue(v == null ? "" : String.join(", ", v.skills()));
        languages.setValue(v == null ? "" : String.join(", ", v.languages()));
        ageBand.setValue(v == null ? null : v.ageBand());
        increased.setValue(v != null && v.increasedCap());
        consent.setValue(view != null && view.reachConsent());
    }

    /** The register's refusals in the user's language (the rules name the field in English). */
    private String message(InstrumentException refused) {
        String field = refused.field() == null ? "" : refused.field();
        return switch (field) {
            case "volunteer.name" -> context.text("Vul een naam in (hoogstens 200 tekens).",
                    "Enter a name (200 characters at most).");
            case "volunteer.start" -> context.text("Vul de dag in waarop de vrijwilliger begon.",
                    "Enter the day the volunteer started.");
            case "volunteer.end" -> context.text("De einddatum ligt voor de startdatum.",
                    "The end is before the start.");
            case "volunteer.email" -> context.text("Dit is geen e-mailadres.", "This is not an e-mail address.");
            case "volunteer.phone" -> context.text("Het telefoonnummer is te lang.", "The phone number is too long.");
            case "volunteer.ageBand", "volunteer.newInNeighbourhoodSince" -> refused.getMessage();
            default -> refused.getMessage();
        };
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void save() {
        Volunteer before = editing == null ? null : editing.volunteer();
        Volunteer v = new Volunteer(name.getValue(), email.getValue().isBlank() ? null : email.getValue(),
                phone.getValue().isBlank() ? null : phone.getValue(), before == null ? null : before.neighbourhoodId(),
                before == null ? List.of() : before.initiativeIds(), start.getValue(), end.getValue(),
                list(skills.getValue()), list(languages.getValue()), before == null ? List.of() : before.agreements(),
                before == null ? List.of() : before.trainings(), increased.getValue(),
                before == null ? List.of() : before.elsewhere(), ageBand.getValue(),
                before == null ? null : before.newInNeighbourhoodSince(), before == null ? null : before.note());
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("volunteer.name", name, "volunteer.start",
                start, "volunteer.end", end, "volunteer.email", email, "volunteer.phone", phone, "volunteer.ageBand",
                ageBand);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            context.call("save-volunteer", new Payloads.VolunteerInput(editing == null ? null : editing.id(),
                    editing == null ? null : editing.version(), v, consent.getValue()));
            result.setText(context.text("Bewaard: ", "Saved: ") + v.name());
            grid.deselectAll();
            edit(null);
            refresh();
            changed.run();
        } catch (InstrumentException refused) {
            var field = fields.get(refused.field());
            String message = message(refused);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            result.setText(message);
        }
    }
}
