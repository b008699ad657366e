package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.volunteers.Payloads.Engagements;
import be.buurtwijzer.plugins.volunteers.Payloads.RoleDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.domain.Cover;
import be.buurtwijzer.plugins.volunteers.domain.Insurance;
import be.buurtwijzer.plugins.volunteers.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;

/**
 * Tasks and insurance: the municipality's volunteer insurance, the tasks with their boundary (what volunteers
 * refer on, and to whom) and who takes them on, and a warning where the insurance does not cover a task.
 */
class EngagementPanel extends VerticalLayout {

    final TextField insurer = new TextField();
    final TextField policyNumber = new TextField();
    final CheckboxGroup<Cover> covers = new CheckboxGroup<>();
    final Button saveInsurance = new Button();
    final Grid<RoleDetails> roles = new Grid<>();
    final TextField roleName = new TextField();
    final TextArea tasks = new TextArea();
    final TextArea referOn = new TextArea();
    final CheckboxGroup<Cover> required = new CheckboxGroup<>();
    final MultiSelectComboBox<VolunteerDetails> who = new MultiSelectComboBox<>();
    final com.vaadin.flow.component.combobox.ComboBox<be.buurtwijzer.plugin.api.RegisterReader.Initiative> initiative =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    final Button saveRole = new Button();
    final Button newRole = new Button();
    final UnorderedList warnings = new UnorderedList();
    final Paragraph result = new Paragraph();
    final OccasionPanel occasions;
    private final InstrumentContext context;
    private Engagements shown;
    private RoleDetails editing;

    EngagementPanel(InstrumentContext context) {
        this.context = context;
        this.occasions = new OccasionPanel(context);
        setPadding(false);
        insurer.setLabel(context.text("Verzekeraar", "Insurer"));
        insurer.setRequiredIndicatorVisible(true);
        policyNumber.setLabel(context.text("Polisnummer", "Policy number"));
        covers.setLabel(context.text("Waarborgen", "Cover"));
        covers.setItems(Cover.values());
        covers.setItemLabelGenerator(c -> context.text(c.label()));
        saveInsurance.setText(context.text("Verzekering bewaren", "Save the insurance"));
        saveInsurance.addClickListener(e -> saveInsurance());
        roles.addColumn(r -> r.role().name()).setHeader(context.text("Taak", "Task"));
        roles.addColumn(r -> String.join(", ", r.volunteers())).setHeader(context.text("Wie", "Who"));
        // the register is read once per refresh, not once per row
        roles.addColumn(r -> r.role().initiativeId() == null ? "" : initiative.getListDataView().getItems()
                .filter(i -> i.id().equals(r.role().initiativeId())).map(be.buurtwijzer.plugin.api.RegisterReader.Initiative::name)
                .findFirst().orElse("")).setHeader(context.text("Initiatief", "Initiative"));
        roles.addColumn(r -> r.role().referOn() == null ? "" : r.role().referOn()).setHeader(context.text("Doorverwijzen", "Refer on"));
        roles.setAllRowsVisible(true);
        roles.addSelectionListener(e -> edit(e.getFirstSelectedItem().orElse(null)));
        roleName.setId("role-name");
        roleName.setLabel(context.text("Taak", "Task"));
        roleName.setRequiredIndicatorVisible(true);
        tasks.setLabel(context.text("Wat vrijwilligers doen", "What volunteers do"));
        referOn.setLabel(context.text("Wat ze doorverwijzen, en naar wie", "What they refer on, and to whom"));
        required.setLabel(context.text("Nodige waarborgen", "Cover needed"));
        required.setItems(Cover.values());
        required.setItemLabelGenerator(c -> context.text(c.label()));
        who.setLabel(context.text("Vrijwilligers", "Volunteers"));
        initiative.setLabel(context.text("In het initiatief (niet verplicht)", "In the initiative (optional)"));
        initiative.setItemLabelGenerator(be.buurtwijzer.plugin.api.RegisterReader.Initiative::name);
        initiative.setClearButtonVisible(true);
        who.setItemLabelGenerator(v -> v.volunteer().name());
        saveRole.setText(context.text("Taak bewaren", "Save the task"));
        saveRole.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRole.addClickListener(e -> saveRole());
        newRole.setText(context.text("Nieuwe taak", "New task"));
        newRole.addClickListener(e -> roles.deselectAll());
        result.getElement().setAttribute("role", "status");
        warnings.getElement().setAttribute("aria-live", "polite");
        add(new H3(context.text("Verzekering", "Insurance")), new FormLayout(insurer, policyNumber, covers),
                saveInsurance,
                new H3(context.text("Taken", "Tasks")), warnings, roles, newRole,
                new FormLayout(roleName, initiative, who, tasks, referOn, required), saveRole, result, occasions);
        refresh();
    }

    @SuppressWarnings("unchecked")
    void refresh() {
        shown = (Engagements) context.call("engagements", new Payloads.Nothing());
        who.setItems(((List<VolunteerDetails>) context.call("volunteers", new Payloads.Nothing())).stream()
                .filter(VolunteerDetails::active).toList());
        if (shown.insurance() != null) {
            Insurance i = shown.insurance().insurance();
            insurer.setValue(i.insurer());
            policyNumber.setValue(i.policyNumber() == null ? "" : i.policyNumber());
            covers.setValue(i.covers());
        }
        initiative.setItems(context.register().initiatives());
        roles.setItems(shown.roles());
        occasions.refresh(shown.roles());
        warnings.removeAll();
        shown.warnings().forEach(w -> warnings.add(new ListItem((w.volunteer() == null ? "" : w.volunteer() + ": ")
                + w.message())));
        if (shown.warnings().isEmpty()) {
            warnings.add(new ListItem(context.text("Elke taak heeft haar grens en is verzekerd.",
                    "Every task has its boundary and "
                    + "is insured.")));
        }
    }

    private void edit(RoleDetails view) {
        editing = view;
        Role r = view == null ? null : view.role();
        roleName.setValue(r == null ? "" : r.name());
        initiative.setValue(r == null || r.initiativeId() == null ? null : initiative.getListDataView().getItems()
                .filter(i -> i.id().equals(r.initiativeId())).findFirst().orElse(null));
        tasks.setValue(r == null || r.tasks() == null ? "" : r.tasks());
        referOn.setValue(r == null || r.referOn() == null ? "" : r.referOn());
        required.setValue(r == null ? Set.of(Cover.CIVIL_LIABILITY, Cover.BODILY_INJURY) : r.requiredCovers());
        who.setValue(r == null ? Set.of() : Set.copyOf(who.getListDataView().getItems()
                .filter(v -> r.volunteerIds().contains(v.id())).toList()));
    }

    private void saveInsurance() {
        try {
            context.call("save-insurance", new Payloads.InsuranceInput(new Insurance(insurer.getValue(),
                    policyNumber.getValue().isBlank() ? null : policyNumber.getValue(), covers.getValue(), null),
                    shown.insurance() == null ? null : shown.insurance().version()));
            result.setText(context.text("Verzekering bewaard.", "Insurance saved."));
            refresh();
        } catch (InstrumentException refused) {
            result.setText(context.text("Vul de verzekeraar in.", "Enter the insurer."));
        }
    }

    private void saveRole() {
        roleName.setInvalid(false);
        try {
            context.call("save-role", new Payloads.RoleInput(editing == null ? null : editing.id(),
                    editing == null ? null : editing.version(), new Role(roleName.getValue(),
                            initiative.getValue() == null ? null : initiative.getValue().id(),
                            tasks.getValue().isBlank() ? null : tasks.getValue(),
                            referOn.getValue().isBlank() ? null : referOn.getValue(), required.getValue(),
                            who.getValue().stream().map(VolunteerDetails::id).toList())));
            result.setText(context.text("Taak bewaard: ", "Task saved: ") + roleName.getValue());
            roles.deselectAll();
            edit(null);
            refresh();
        } catch (InstrumentException refused) {
            if ("role.name".equals(refused.field())) {
                roleName.setErrorMessage(context.text("Vul de taak in.", "Enter the task."));
                roleName.setInvalid(true);
            }
            result.setText(refused.getMessage());
        }
    }
}
