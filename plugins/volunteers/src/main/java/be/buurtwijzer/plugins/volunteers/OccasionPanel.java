package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.volunteers.Payloads.Occasions;
import be.buurtwijzer.plugins.volunteers.Payloads.RoleDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.TaskYearDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.domain.Occasion;
import be.buurtwijzer.plugins.volunteers.domain.Preferences;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Occasions per task, only where the municipality chose to register them: the switch (off by default, with the
 * seed's warning), the form, and the year's totals per task.
 */
class OccasionPanel extends VerticalLayout {

    final Checkbox register = new Checkbox();
    final ComboBox<RoleDetails> task = new ComboBox<>();
    final ComboBox<VolunteerDetails> who = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final BigDecimalField hours = new BigDecimalField();
    final Button save = new Button();
    final Grid<TaskYearDetails> totals = new Grid<>();
    final Paragraph result = new Paragraph();
    private final VerticalLayout form = new VerticalLayout();
    private final InstrumentContext context;
    private List<VolunteerDetails> volunteers = List.of();
    private Long preferencesVersion;

    OccasionPanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        form.setPadding(false);
        register.setId("register-occasions");
        register.setLabel(context.text("Inzetmomenten per taak registreren", "Register occasions per task"));
        register.setHelperText(context.text("Niet verplicht. Burenhulp is geen verplichting en hoort niet in een administratie "
                + "te verdwijnen (toolbox Zorgzame Buurten, fiche J); zet dit alleen aan als de gemeente de inzet echt "
                + "wil tellen.", "Optional. Neighbour help is no obligation and should not disappear into "
                + "administration (toolbox Zorgzame Buurten, sheet J); switch this on only if the municipality really "
                + "wants to count the occasions."));
        register.setEnabled(context.user().has(VolunteersInstrument.POLICY_WRITE));
        register.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(e.getValue());
            }
        });
        task.setLabel(context.text("Taak", "Task"));
        task.setItemLabelGenerator(r -> r.role().name());
        task.addValueChangeListener(e -> who.setItems(e.getValue() == null ? List.of() : volunteers.stream()
                .filter(v -> e.getValue().role().volunteerIds().contains(v.id())).toList()));
        who.setLabel(context.text("Vrijwilliger", "Volunteer"));
        who.setItemLabelGenerator(v -> v.volunteer().name());
        date.setLabel(context.text("Dag", "Day"));
        date.setMax(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
        date.setValue(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
        DutchDates.apply(date, context);
        hours.setLabel(context.text("Uren (niet verplicht)", "Hours (optional)"));
        save.setText(context.text("Inzet registreren", "Register the occasion"));
        save.addClickListener(e -> save());
        result.getElement().setAttribute("role", "status");
        totals.addColumn(TaskYearDetails::role).setHeader(context.text("Taak", "Task"));
        totals.addColumn(TaskYearDetails::occasions).setHeader(context.text("Keer", "Occasions"));
        totals.addColumn(r -> hoursText(r.hours())).setHeader(context.text("Uren", "Hours"));
        totals.addColumn(TaskYearDetails::volunteers).setHeader(context.text("Vrijwilligers", "Volunteers"));
        totals.setAllRowsVisible(true);
        form.add(new FormLayout(task, who, date, hours), save, result,
                new H3(context.text("Dit jaar per taak", "This year per task")), totals);
        add(new H3(context.text("Inzetmomenten", "Occasions")), register, form);
    }

    private String hoursText(java.math.BigDecimal value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(context.locale())).format(value);
    }

    @SuppressWarnings("unchecked")
    void refresh(List<RoleDetails> roles) {
        var preferences = (Payloads.PreferencesDetails) context.call("preferences", new Payloads.Nothing());
        preferencesVersion = preferences.version();
        register.setValue(preferences.preferences().registerOccasions());
        form.setVisible(preferences.preferences().registerOccasions());
        if (!preferences.preferences().registerOccasions()) {
            return;
        }
        volunteers = ((List<VolunteerDetails>) context.call("volunteers", new Payloads.Nothing())).stream()
                .filter(VolunteerDetails::active).toList();
        task.setItems(roles);
        Occasions year = (Occasions) context.call("occasions", new Payloads.YearRequest(null, null));
        totals.setItems(year.tasks());
    }

    private void choose(boolean on) {
        try {
            var saved = (Payloads.PreferencesDetails) context.call("save-preferences",
                    new Payloads.PreferencesInput(new Preferences(on), preferencesVersion));
            preferencesVersion = saved.version();
            result.setText("");
            form.setVisible(on);
            if (on) {
                refresh(task.getListDataView().getItems().toList());
            }
        } catch (InstrumentException refused) {
            register.setValue(!on);
            result.setText(refused.getMessage());
        }
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("roleId", task, "volunteerId", who, "date", date, "hours", hours);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            context.call("record-occasion", new Occasion(task.getValue() == null ? null : task.getValue().id(),
                    who.getValue() == null ? null : who.getValue().id(), date.getValue(), hours.getValue()));
            result.setText(context.text("Inzet geregistreerd.", "Occasion registered."));
            hours.clear();
            refresh(task.getListDataView().getItems().toList());
        } catch (InstrumentException refused) {
            String message = switch (String.valueOf(refused.field())) {
                case "roleId" -> context.text("Kies een taak.", "Choose a task.");
                case "volunteerId" -> context.text("Kies een vrijwilliger die deze taak opneemt.",
                        "Choose a volunteer who takes "
                        + "on this task.");
                case "date" -> context.text("Kies een dag, vandaag of vroeger.", "Choose a day, today or earlier.");
                case "hours" -> context.text("Uren liggen tussen 0,01 en 24.", "Hours lie between 0.01 and 24.");
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
