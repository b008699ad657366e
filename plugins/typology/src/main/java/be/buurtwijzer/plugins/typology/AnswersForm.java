package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugins.typology.domain.Answers;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.Lead;
import be.buurtwijzer.plugins.typology.domain.Structure;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The typology's questions about one initiative (Tabel 1 plus scale, structure and links). */
public class AnswersForm extends FormLayout {

    final CheckboxGroup<Goal> goals = new CheckboxGroup<>();
    final CheckboxGroup<Driver> drivers = new CheckboxGroup<>();
    final RadioButtonGroup<Lead> lead = new RadioButtonGroup<>();
    final CheckboxGroup<Scale> professionalAreas = new CheckboxGroup<>();
    final Select<Scale> scale = new Select<>();
    final CheckboxGroup<Structure> structure = new CheckboxGroup<>();
    final Checkbox coreGroupDecidesAll = new Checkbox();
    final Checkbox coreGroupCarriesOutAll = new Checkbox();
    final Checkbox restsOnOnePerson = new Checkbox();
    final Checkbox pushedToFormalise = new Checkbox();
    final MultiSelectComboBox<RegisterReader.Initiative> links = new MultiSelectComboBox<>();
    private final InstrumentContext context;

    public AnswersForm(InstrumentContext context) {
        this.context = context;
        goals.setLabel(context.text("Doel", "Goal"));
        goals.setItems(Goal.values());
        goals.setItemLabelGenerator(g -> g.label().in(context.locale()));
        drivers.setLabel(context.text("Wie trekt het initiatief?", "Who drives the initiative?"));
        drivers.setItems(Driver.values());
        drivers.setItemLabelGenerator(d -> d.label().in(context.locale()));
        lead.setLabel(context.text("Wie heeft de leiding?", "Who leads?"));
        lead.setItems(Lead.values());
        lead.setItemLabelGenerator(l -> l.label().in(context.locale()));
        professionalAreas.setLabel(context.text("Werkingsgebied van de betrokken professionals",
                "Operating area of the professionals involved"));
        professionalAreas.setHelperText(context.text("Laat leeg als er geen professionals betrokken zijn.",
                "Leave empty when no professionals are involved."));
        professionalAreas.setItems(Scale.values());
        professionalAreas.setItemLabelGenerator(s -> s.label().in(context.locale()));
        scale.setLabel(context.text("Schaal van het initiatief", "Scale of the initiative"));
        scale.setItems(Scale.values());
        scale.setItemLabelGenerator(s -> s == null ? "" : s.label().in(context.locale()));
        scale.setId("typology-scale");
        structure.setLabel(context.text("Structuur", "Structure"));
        structure.setItems(Structure.values());
        structure.setItemLabelGenerator(s -> s.label().in(context.locale()));
        coreGroupDecidesAll.setLabel(context.text("De kerngroep beslist alles, anderen voeren enkel uit",
                "The core group decides everything, others only carry out"));
        coreGroupCarriesOutAll.setLabel(context.text("De kerngroep beslist én voert alles zelf uit",
                "The core group decides and carries out everything itself"));
        restsOnOnePerson.setLabel(context.text("Het werk rust op één persoon", "The work rests on one person"));
        pushedToFormalise.setLabel(context.text("Het initiatief wordt gevraagd zich te formaliseren of inclusiever te werken",
                "The initiative is being asked to formalise or to be more inclusive"));
        links.setLabel(context.text("Verbindingen met andere initiatieven", "Links with other initiatives"));
        links.setItemLabelGenerator(RegisterReader.Initiative::name);
        add(goals, drivers, lead, professionalAreas, scale, structure, coreGroupDecidesAll, coreGroupCarriesOutAll,
                restsOnOnePerson, pushedToFormalise, links);
        setColspan(lead, 2);
        setColspan(links, 2);
    }

    void show(String initiativeId, Answers answers, List<RegisterReader.Initiative> initiatives) {
        clearErrors();
        List<RegisterReader.Initiative> others = initiatives.stream().filter(i -> !i.id().equals(initiativeId)).toList();
        links.setItems(others);
        goals.setValue(answers == null ? Set.of() : answers.goals());
        drivers.setValue(answers == null ? Set.of() : answers.drivers());
        lead.setValue(answers == null ? null : answers.lead());
        professionalAreas.setValue(answers == null ? Set.of() : answers.professionalAreas());
        scale.setValue(answers == null ? null : answers.scale());
        structure.setValue(answers == null ? Set.of() : answers.structure());
        coreGroupDecidesAll.setValue(answers != null && answers.coreGroupDecidesAll());
        coreGroupCarriesOutAll.setValue(answers != null && answers.coreGroupCarriesOutAll());
        restsOnOnePerson.setValue(answers != null && answers.restsOnOnePerson());
        pushedToFormalise.setValue(answers != null && answers.pushedToFormalise());
        links.setValue(answers == null ? Set.of() : others.stream().filter(i -> answers.links().contains(i.id()))
                .collect(Collectors.toSet()));
    }

    Payloads.AnswersInput read(String initiativeId, Long version) {
        return new Payloads.AnswersInput(initiativeId, goals.getValue(), drivers.getValue(), lead.getValue(),
                professionalAreas.getValue(), scale.getValue(), structure.getValue(), coreGroupDecidesAll.getValue(),
                links.getValue().stream().map(RegisterReader.Initiative::id).sorted().toList(),
                restsOnOnePerson.getValue(), coreGroupCarriesOutAll.getValue(), pushedToFormalise.getValue(), version);
    }

    void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    /** Shows the message at the field it concerns; false when no field of this form matches. */
    boolean showError(String field, String message) {
        HasValidation target = fields().get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("goals", goals, "drivers", drivers, "lead", lead, "professionalAreas", professionalAreas,
                "scale", scale, "links", links);
    }
}
